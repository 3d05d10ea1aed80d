using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Documents;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>`enlace conflicts [--event ID]`: every figure and date on which an event's sources disagree, with every side.</summary>
public static class ConflictsCommand
{
    public static Command Create()
    {
        var eventId = new Option<string?>("--event") { Description = "Only this event (id or prefix)" };
        var all = new Option<bool>("--all") { Description = "Also list corroborated and single-source figures" };
        var command = new Command("conflicts", "Show where sources disagree, per event, figure and population") { eventId, all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var (store, tenant) = (session.Store, session.TenantId);
            var events = EventIds.Select(await ReconcileCommand.Reconciler(store).EventsAsync(tenant, cancellationToken), parse.GetValue(eventId), out var error);
            if (error is not null)
            {
                Terminal.Fail(error);
                return ExitCodes.Usage;
            }

            var documents = (await store.ListDocumentsAsync(tenant, int.MaxValue, cancellationToken)).ToDictionary(d => d.Id);
            var adjudicated = (await store.GetAdjudicationsAsync(tenant, cancellationToken: cancellationToken)).Select(a => a.ConflictKey).ToHashSet(StringComparer.Ordinal);
            var rows = events.SelectMany(e => parse.GetValue(all) ? e.Figures : e.Conflicts).ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(rows.Select(f => ToJson(f, documents, adjudicated)));
            }
            else
            {
                Render(rows, documents, adjudicated);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Status(FigureComparison figure, HashSet<string> adjudicated) => figure.Agreement.Status switch
    {
        AgreementStatus.Conflict when adjudicated.Contains(figure.ConflictKey) => "adjudicated",
        AgreementStatus.Conflict => "conflict",
        AgreementStatus.Corroborated => "corroborated",
        _ => "single",
    };

    internal static string ValueText(Statement statement) => statement.Value.Describe();

    internal static string Source(Statement statement, IReadOnlyDictionary<Guid, Document> documents) =>
        statement.AssertedBy ?? (statement.DocumentId is { } id && documents.TryGetValue(id, out var d) ? d.Title ?? d.FileName : statement.Author);

    private static object ToJson(FigureComparison figure, IReadOnlyDictionary<Guid, Document> documents, HashSet<string> adjudicated) => new
    {
        @event = figure.EventId,
        event_label = figure.EventLabel,
        conflict_key = figure.ConflictKey,
        measure = figure.Measure,
        population = figure.Key?.Population,
        unit = figure.Key?.Unit,
        item = figure.Key?.Item,
        statements = figure.Agreement.Statements.Select(s => new
        {
            id = s.Id,
            value = s.Value switch { QuantityValue q => (object)q.Value, DateValue dv => dv.Interval.ToIsoString(), _ => null },
            qualifier = (s.Value as QuantityValue)?.Qualifier.ToName(),
            source = Source(s, documents),
            document = s.DocumentId is { } id && documents.TryGetValue(id, out var d) ? d.FileName : null,
            document_id = s.DocumentId,
            span = s.Span is { } span ? new[] { span.Start, span.End } : null,
            text = s.Span is { } t && s.DocumentId is { } doc && documents.TryGetValue(doc, out var dd) && t.End <= dd.Text.Length ? t.Of(dd.Text) : null,
        }),
        status = Status(figure, adjudicated),
    };

    private static void Render(List<FigureComparison> rows, IReadOnlyDictionary<Guid, Document> documents, HashSet<string> adjudicated)
    {
        if (rows.Count == 0)
        {
            Terminal.Out.MarkupLine("[green]no conflicts[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("event", "figure", "status", "value", "source", "document", "span");
        foreach (var figure in rows)
        {
            var first = true;
            foreach (var statement in figure.Agreement.Statements)
            {
                var status = Status(figure, adjudicated);
                table.AddRow(
                    first ? Markup.Escape($"{EventIds.Short(figure.EventId)} {figure.EventLabel}") : "",
                    first ? Markup.Escape(figure.Key?.ToString() ?? "date") : "",
                    first ? (status == "conflict" ? "[red]conflict[/]" : status) : "",
                    Markup.Escape(ValueText(statement)),
                    Markup.Escape(Source(statement, documents)),
                    Markup.Escape(statement.DocumentId is { } id && documents.TryGetValue(id, out var d) ? d.FileName : statement.Author),
                    Markup.Escape(statement.Span?.ToString() ?? ""));
                first = false;
            }
        }

        Terminal.Out.Write(table);
    }
}
