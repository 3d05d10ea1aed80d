using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Documents;
using Enlace.Extraction;
using Enlace.Extraction.Evaluation;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>`enlace eval --gold FILE FOLDER`: precision, recall and F1 of extraction against an analyst's gold file.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold file (the shape of seeds-expected.json)", Required = true };
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder holding the documents the gold file names" };
        var misses = new Option<bool>("--misses") { Description = "List every disagreement with the gold" };
        var command = new Command("eval", "Score extraction against a gold file") { gold, folder, misses };
        command.SetAction(parse =>
        {
            var goldFile = parse.GetValue(gold);
            var root = parse.GetValue(folder);
            if (goldFile is null || !goldFile.Exists)
            {
                Terminal.Fail($"no gold file at {goldFile?.FullName}");
                return ExitCodes.Usage;
            }

            if (root is null || !root.Exists)
            {
                Terminal.Fail($"no folder at {root?.FullName}");
                return ExitCodes.Usage;
            }

            GoldCorpus corpus;
            try
            {
                corpus = GoldCorpus.Load(goldFile.FullName);
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Terminal.Fail($"{goldFile.Name} is not a gold file: {e.Message}");
                return ExitCodes.Usage;
            }

            var scorer = new ExtractionScorer();
            var reader = new DocumentReader();
            foreach (var document in corpus.Documents)
            {
                var path = Path.Combine(root.FullName, document.File);
                if (!File.Exists(path))
                {
                    Terminal.Fail($"the gold names {document.File}, which is not in {root.FullName}");
                    return ExitCodes.PartialFailure;
                }

                var text = reader.ReadFile(path).Text;
                scorer.Add(document, text, Extractor.Extract(text));
            }

            var report = scorer.Report();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(report);
            }
            else
            {
                Render(report, parse.GetValue(misses));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(EvaluationReport report, bool showMisses)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{report.Documents} documents")
            .AddColumns("", "precision", "recall", "F1", "matched / predicted / expected");
        foreach (var (name, score) in new[] { ("quantities", report.Quantities), ("dates", report.Dates), ("entities", report.Entities) })
        {
            table.AddRow(name, Percent(score.Precision), Percent(score.Recall), Percent(score.F1), $"{score.Matched} / {score.Predicted} / {score.Expected}");
        }

        table.AddRow("qualifiers", "", "", Percent(report.Qualifiers.Value), $"{report.Qualifiers.Correct} of {report.Qualifiers.Compared} right");
        table.AddRow("attributions", "", "", Percent(report.Attributions.Value), $"{report.Attributions.Correct} of {report.Attributions.Compared} right");
        Terminal.Out.Write(table);
        if (showMisses)
        {
            foreach (var miss in report.Misses)
            {
                Terminal.Out.MarkupLine($"{Markup.Escape(miss.Document)}  {miss.Kind,-11} {(miss.Missing ? "[red]missing[/]" : "[yellow]extra/wrong[/]")}  {Markup.Escape(miss.Detail)}");
            }
        }
    }

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
