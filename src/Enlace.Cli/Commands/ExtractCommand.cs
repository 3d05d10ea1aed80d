using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Documents;
using Enlace.Extraction;
using Enlace.Extraction.Contract;

namespace Enlace.Cli.Commands;

/// <summary>`enlace extract FILE...`: one JSON object per document per line, in the extraction contract's shape.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Report files to read", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD, for relative dates" };
        published.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--published must be a date as YYYY-MM-DD, not '{text}'");
            }
        });
        var language = new Option<string>("--lang") { Description = "Language: es, en or auto", DefaultValueFactory = _ => "auto" };
        language.AcceptOnlyFromAmong("es", "en", "auto");
        var command = new Command("extract", "Extract entities, dates, figures, attributions and relations with their spans (JSON Lines)")
        {
            files, published, language,
        };
        command.SetAction(parse =>
        {
            var date = parse.GetValue(published) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var lang = parse.GetValue(language) is "es" or "en" ? parse.GetValue(language) : null;
            var reader = new DocumentReader();
            var exit = ExitCodes.Success;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                try
                {
                    var decoded = reader.ReadFile(file);
                    var result = Extractor.Extract(decoded.Text, lang, date ?? decoded.PublishedOn);
                    Console.Out.WriteLine(ExtractionJson.ToLine(file, result));
                }
                catch (Exception e) when (e is DocumentRejectedException or IOException or UnauthorizedAccessException)
                {
                    Terminal.Fail($"{file}: {e.Message}");
                    exit = ExitCodes.PartialFailure;
                }
            }

            return exit;
        });
        return command;
    }
}
