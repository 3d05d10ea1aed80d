using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Documents;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>`enlace search "tren de aragua"`: full-text search over documents, accent-insensitive, in both languages.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("query") { Description = "Words to find; \"quoted phrases\", OR and -word are understood" };
        var limit = new Option<int>("--limit") { Description = "Most results to show", DefaultValueFactory = _ => 20 };
        var language = new Option<string?>("--lang") { Description = "Only documents in this language (es or en)" };
        language.AcceptOnlyFromAmong("es", "en");
        var from = new Option<DateOnly?>("--from") { Description = "Only documents published on or after this date (YYYY-MM-DD)" };
        var to = new Option<DateOnly?>("--to") { Description = "Only documents published on or before this date (YYYY-MM-DD)" };
        var command = new Command("search", "Find documents by their words") { text, limit, language, from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var (store, tenant) = (session.Store, session.TenantId);
            var query = new SearchQuery(parse.GetValue(text) ?? "", Math.Clamp(parse.GetValue(limit), 1, 1000), parse.GetValue(language), parse.GetValue(from), parse.GetValue(to));
            var hits = await store.SearchAsync(tenant, query, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(hits);
            }
            else
            {
                Render(hits);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static void Render(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            Terminal.Out.MarkupLine("[grey]no documents match[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "document", "lang", "published", "match");
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(hit.Title ?? hit.FileName),
                hit.Language,
                hit.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                Highlight(hit.Snippet));
        }

        Terminal.Out.Write(table);
    }

    // Snippets mark matches with ⟦ and ⟧; show them in bold.
    private static string Highlight(string snippet) =>
        Markup.Escape(snippet.ReplaceLineEndings(" ")).Replace("⟦", "[bold yellow]", StringComparison.Ordinal).Replace("⟧", "[/]", StringComparison.Ordinal);
}
