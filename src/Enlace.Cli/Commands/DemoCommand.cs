using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Documents;
using Enlace.Ingest;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>
/// `enlace demo`: ingests the bundled synthetic reports (Spanish and English police notes, embassy statements and
/// press articles that disagree with each other) into a local SQLite file, shows what was stored, reconciled and
/// briefed, makes demo accounts for two agencies, and serves the web UI until Ctrl+C (unless --no-serve).
/// </summary>
public static class DemoCommand
{
    public const string DefaultDatabase = "enlace-demo.db";

    /// <summary>Sample searches that show accent-insensitive matching across both languages.</summary>
    private static readonly string[] SampleSearches = ["Tren de Aragua", "policia nacional", "rescued minors", "\"Los Gallegos\""];

    public static string ReportsFolder => Path.Combine(AppContext.BaseDirectory, "demo-reports");

    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after showing the results instead of serving the web UI" };
        var command = new Command("demo", $"Ingest the bundled synthetic reports into ./{DefaultDatabase}, show what Enlace makes of them, then serve the web UI with demo accounts")
        {
            noServe, ServeCommand.Urls,
        };
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

            await ShowReconciliationAsync(store, tenant, db, cancellationToken);
            Terminal.Out.MarkupLine($"\nTry: [bold]./enlace conflicts --db {Markup.Escape(db)}[/], [bold]./enlace facts --db {Markup.Escape(db)} --property rescued[/], [bold]./enlace search \"rescatadas\" --db {Markup.Escape(db)}[/]");

            // A second agency with holdings of its own: what it may read is only what it holds.
            var liaisonFiles = Directory.EnumerateFiles(ReportsFolder, "*.txt", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f).Contains("embassy", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).Contains("hsi", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            if (liaisonFiles.Count > 0)
            {
                var liaison = options with { Tenant = DemoAccounts.LiaisonAgency };
                if ((await new IngestPipeline(store, liaison).RunAsync(IngestPlan.For(liaisonFiles), cancellationToken: cancellationToken)).Added > 0)
                {
                    await ReconcileCommand.RunAsync(store, await store.EnsureTenantAsync(liaison.Tenant, cancellationToken), cancellationToken);
                }
            }

            var urls = parse.GetValue(ServeCommand.Urls) ?? Server.ServerOptions.DefaultUrls;
            DemoAccounts.Show(await DemoAccounts.EnsureAsync(store, options.Tenant, cancellationToken), urls.Split(';')[0]);
            await store.DisposeAsync();
            return parse.GetValue(noServe) ? ExitCodes.Success : await ServeCommand.RunAsync(db, urls, cancellationToken);
        });
        return command;
    }

    private static async Task ShowReconciliationAsync(Storage.SqlStore store, Guid tenant, string db, CancellationToken cancellationToken)
    {
        var events = await ReconcileCommand.Reconciler(store).EventsAsync(tenant, cancellationToken);
        var shared = events.Where(e => e.Documents.Count > 1).ToList();
        Terminal.Out.Write(new Rule($"[bold]{shared.Count} events reported by more than one source[/]").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumns("event", "reports", "conflicts", "corroborated");
        foreach (var view in shared.Take(12))
        {
            table.AddRow(
                Markup.Escape($"{EventIds.Short(view.Id)} {view.Label}"),
                view.Documents.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", view.Conflicts.Select(c => c.Key?.ToString() ?? "date"))),
                Markup.Escape(string.Join(", ", view.Corroborations.Select(c => c.Key?.ToString() ?? "date"))));
        }

        Terminal.Out.Write(table);
        if (shared.Count == 0)
        {
            return;
        }

        var top = shared[0];
        var documents = (await store.ListDocumentsAsync(tenant, int.MaxValue, cancellationToken)).ToDictionary(d => d.Id);
        var entities = (await store.ListEntitiesAsync(tenant, cancellationToken: cancellationToken)).ToDictionary(e => e.Id);
        var statements = await store.GetStatementsAsync(tenant, new Core.Storage.StatementFilter(Limit: int.MaxValue, SubjectKind: Core.Entities.EntityKind.Event), cancellationToken);
        var identities = new Core.Identity.IdentityGraph(await store.GetJudgementsAsync(tenant, cancellationToken));
        var brief = new Core.Briefing.BriefBuilder(documents, entities, await store.GetAdjudicationsAsync(tenant, cancellationToken: cancellationToken), identities)
            .ForEvent(top, [.. statements.Where(s => top.Members.Contains(s.SubjectId))], DateTimeOffset.UtcNow);
        var file = Path.ChangeExtension(Path.GetFullPath(Storage.StoreFactory.IsPostgres(db) ? "enlace-demo" : db), null) + "-brief.html";
        await File.WriteAllTextAsync(file, Reporting.BriefHtml.Render(brief), cancellationToken);
        Terminal.Out.Write(new Rule($"[bold]brief: {Markup.Escape(top.Label)}[/]").LeftJustified());
        foreach (var line in brief.Summary)
        {
            Terminal.Out.MarkupLine("• " + Markup.Escape(line));
        }

        Terminal.Out.MarkupLine($"[grey]full brief with citations: {Markup.Escape(file)}[/]");
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
