using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Documents;
using Enlace.Core.Markings;
using Enlace.Documents;
using Enlace.Ingest;

namespace Enlace.Cli.Commands;

/// <summary>`enlace ingest FILE|FOLDER...`: store reports, idempotently, with progress and a result per file.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var language = new Option<string?>("--lang") { Description = "Language of every file: es, en or auto (default: detect per file)" };
        language.AcceptOnlyFromAmong("es", "en", "auto");
        var published = new Option<string?>("--published") { Description = "Publication date of every file, YYYY-MM-DD" };
        published.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--published must be a date as YYYY-MM-DD, not '{text}'");
            }
        });
        var tlp = new Option<string>("--tlp") { Description = "TLP 2.0 marking: clear, green, amber, amber+strict, red", DefaultValueFactory = _ => "amber" };
        tlp.Validators.Add(result =>
        {
            if (!Marking.TryParseTlp(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--tlp must be one of clear, green, amber, amber+strict, red");
            }
        });
        var handling = new Option<HandlingCode>("--handling") { Description = "Handling code H0–H3", DefaultValueFactory = _ => HandlingCode.H0 };
        var maxSize = new Option<int>("--max-size") { Description = "Largest file to accept, in MB", DefaultValueFactory = _ => (int)(DocumentReaderOptions.DefaultMaxBytes / (1024 * 1024)) };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction", DefaultValueFactory = _ => 200 };
        var noExtract = new Option<bool>("--no-extract") { Description = "Store documents only, without extracting statements (fast bulk loading)" };

        var command = new Command("ingest", "Store reports (.txt, .html, .pdf, .docx, .eml) with their original bytes; re-ingesting the same bytes adds nothing")
        {
            paths, language, published, tlp, handling, maxSize, batchSize, noExtract,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            _ = Marking.TryParseTlp(parse.GetValue(tlp), out var level);
            var lang = parse.GetValue(language);
            var options = new IngestOptions(
                parse.GetValue(GlobalOptions.Tenant) ?? IngestOptions.DefaultTenant,
                new Marking(level, parse.GetValue(handling)),
                lang is null or "auto" ? null : lang,
                parse.GetValue(published) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                (long)parse.GetValue(maxSize) * 1024 * 1024,
                Math.Max(1, parse.GetValue(batchSize)),
                !parse.GetValue(noExtract));
            return await RunAsync(GlobalOptions.ResolveDb(parse), parse.GetValue(paths) ?? [], options, parse.GetValue(GlobalOptions.Json), cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string db, IReadOnlyList<string> paths, IngestOptions options, bool json, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(db, cancellationToken);
        if (store is null)
        {
            return ExitCodes.StoreUnavailable;
        }

        var plan = IngestPlan.For(paths);
        var pipeline = new IngestPipeline(store, options);
        var summary = await IngestProgressView.RunAsync(pipeline, plan, show: !json && Terminal.Interactive, cancellationToken);
        if (summary.Added > 0)
        {
            await ReconcileCommand.RunAsync(store, await store.EnsureTenantAsync(options.Tenant, cancellationToken), cancellationToken);
        }
        if (json)
        {
            Json.Write(new
            {
                files = summary.Files.Select(f => new { path = f.Path, status = f.Status, document_id = f.DocumentId, language = f.Language, reason = f.Reason }),
                totals = new { added = summary.Added, unchanged = summary.Unchanged, failed = summary.Failed, skipped = summary.Skipped },
                elapsed_seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
            });
        }
        else
        {
            foreach (var file in summary.Files.Where(f => f.Status is IngestStatus.Failed))
            {
                Console.Error.WriteLine($"failed: {file.Path}: {file.Reason}");
            }

            foreach (var file in summary.Files.Where(f => f.Status is IngestStatus.Skipped))
            {
                Console.Error.WriteLine($"skipped: {file.Path} ({file.Reason})");
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Added} added, {summary.Unchanged} unchanged, {summary.Failed} failed, {summary.Skipped} skipped in {summary.Elapsed.TotalSeconds:0.0} s ({store.Engine}: {Describe(db)})"));
        }

        return summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    /// <summary>The database as a user may see it: a path, or a connection string without its password.</summary>
    internal static string Describe(string db) =>
        Enlace.Storage.StoreFactory.IsPostgres(db)
            ? string.Join(';', db.Split(';').Where(part => !part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
            : db;
}
