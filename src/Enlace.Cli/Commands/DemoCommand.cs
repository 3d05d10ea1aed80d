using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Documents;
using Enlace.Ingest;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>
/// `enlace demo`: ingests the bundled synthetic reports (Spanish and English police notes, embassy statements and
/// press articles that disagree with each other) into a local SQLite file and shows what was stored.
/// </summary>
public static class DemoCommand
{
    public const string DefaultDatabase = "enlace-demo.db";

    /// <summary>Sample searches that show accent-insensitive matching across both languages.</summary>
    private static readonly string[] SampleSearches = ["Tren de Aragua", "policia nacional", "rescued minors", "\"Los Gallegos\""];

    public static string ReportsFolder => Path.Combine(AppContext.BaseDirectory, "demo-reports");

    public static Command Create()
    {
        var command = new Command("demo", $"Ingest the bundled synthetic reports into ./{DefaultDatabase} and show what Enlace makes of them");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = GlobalOptions.ResolveDb(parse, DefaultDatabase);
            var json = parse.GetValue(GlobalOptions.Json);
            if (!Directory.Exists(ReportsFolder))
            {
                Terminal.Fail($"the bundled reports are missing from {ReportsFolder}; rebuild the CLI");
                return ExitCodes.StoreUnavailable;
            }

            if (!json)
            {
                Terminal.Out.Write(new Rule("[bold]Enlace demo[/]").LeftJustified());
                Terminal.Out.MarkupLine($"Ingesting the bundled reports from [grey]{Markup.Escape(ReportsFolder)}[/] into [grey]{Markup.Escape(db)}[/]");
            }

            var options = new IngestOptions(parse.GetValue(GlobalOptions.Tenant) ?? IngestOptions.DefaultTenant);
            var exit = await IngestCommand.RunAsync(db, [ReportsFolder], options, json, cancellationToken);
            if (exit != ExitCodes.Success || json)
            {
                return exit;
            }

            await using var store = await StoreOpener.OpenAsync(db, cancellationToken);
            if (store is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var tenant = await store.EnsureTenantAsync(options.Tenant, cancellationToken);
            ShowDocuments(await store.ListDocumentsAsync(tenant, 500, cancellationToken));
            foreach (var text in SampleSearches)
            {
                Terminal.Out.Write(new Rule($"search: [bold]{Markup.Escape(text)}[/]").LeftJustified());
                SearchCommand.Render(await store.SearchAsync(tenant, new SearchQuery(text, Limit: 5), cancellationToken));
            }

            Terminal.Out.MarkupLine($"\nTry: [bold]./enlace search \"rescatadas\" --db {Markup.Escape(db)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void ShowDocuments(IReadOnlyList<Document> documents)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{documents.Count} documents stored")
            .AddColumns("file", "lang", "published", "chars", "marking", "opening words");
        foreach (var document in documents)
        {
            var opening = document.Text.ReplaceLineEndings(" ").Trim();
            table.AddRow(
                Markup.Escape(document.FileName),
                document.Language,
                document.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                document.Text.Length.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(document.Marking.ToString()),
                Markup.Escape(opening.Length > 60 ? opening[..60] + "…" : opening));
        }

        Terminal.Out.Write(table);
    }
}
