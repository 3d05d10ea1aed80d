using System.Globalization;
using Enlace.Core.Adjudications;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;

namespace Enlace.Core.Briefing;

/// <summary>Builds a brief on one event from the reconciled view, the documents it cites and the adjudications made on it.</summary>
public sealed class BriefBuilder(IReadOnlyDictionary<Guid, Document> documents, IReadOnlyDictionary<Guid, Entity> entities, IReadOnlyList<Adjudication> adjudications)
{
    private readonly List<Citation> _citations = [];
    private readonly Dictionary<Guid, int> _byStatement = [];

    public Brief ForEvent(EventView view, IReadOnlyList<Statement> eventStatements, DateTimeOffset now)
    {
        var figures = view.Figures.Where(f => f.Key is not null).Select(Figure).ToList();
        var dates = view.Figures.FirstOrDefault(f => f.Key is null);
        var open = view.Conflicts.Where(c => Decision(c) is null)
            .Select(c => $"{Name(c)}: " + string.Join(" vs ", c.Agreement.Statements.Select(s => $"{Value(s)} [{Cite(s)}]")))
            .ToList();
        var timeline = dates is null ? [] : dates.Agreement.Statements
            .OrderBy(s => ((DateValue)s.Value).Interval.Start)
            .Select(s => new TimelineEntry(((DateValue)s.Value).Interval.ToIsoString(), $"{Quote(s) ?? "date"} (per {SourceOf(s)})", Cite(s)))
            .ToList();

        var summary = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{view.Documents.Count} report(s) describe this event; {figures.Count} figure(s) are stated, {view.Conflicts.Count()} in conflict and {view.Corroborations.Count()} corroborated."),
        };
        foreach (var figure in figures.Where(f => f.Values.Count > 0))
        {
            var chosen = figure.Values.FirstOrDefault(v => v.Chosen);
            summary.Add(chosen is not null
                ? $"{Capitalise(figure.Figure)}: {chosen.Value}, as adjudicated [{chosen.Citation}]."
                : figure.Status == "conflict"
                    ? $"{Capitalise(figure.Figure)} is disputed: " + string.Join("; ", figure.Values.Select(v => $"{v.Value} per {v.Source} [{v.Citation}]")) + "."
                    : $"{Capitalise(figure.Figure)}: " + string.Join("; ", figure.Values.Select(v => $"{v.Value} per {v.Source} [{v.Citation}]")) + ".");
        }

        var involved = eventStatements.Where(s => s.Value is EntityValue && s.Property is "place" or "participant")
            .Select(s => entities.GetValueOrDefault(((EntityValue)s.Value).EntityId))
            .OfType<Entity>()
            .GroupBy(e => e.Kind.ToString().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(e => e.Name).Distinct().Order(StringComparer.Ordinal)]);

        return new Brief(view.Label, now, summary, figures, open, timeline, involved, [.. _citations]);
    }

    private BriefFigure Figure(FigureComparison comparison)
    {
        var decision = Decision(comparison);
        var values = comparison.Agreement.Statements
            .Select(s => new BriefValue(Value(s), SourceOf(s), Grade(s), Cite(s), decision?.ChosenStatementId == s.Id))
            .ToList();
        var status = comparison.Agreement.Status switch
        {
            AgreementStatus.Conflict => decision is null ? "conflict" : "adjudicated",
            AgreementStatus.Corroborated => "corroborated",
            _ => "single source",
        };
        return new BriefFigure(Name(comparison), status, values, decision is null ? null : $"{decision.Analyst}: {decision.Reason}");
    }

    private Adjudication? Decision(FigureComparison comparison) =>
        adjudications.LastOrDefault(a => a.ConflictKey == comparison.ConflictKey);

    private int Cite(Statement statement)
    {
        if (_byStatement.TryGetValue(statement.Id, out var number))
        {
            return number;
        }

        number = _citations.Count + 1;
        var document = statement.DocumentId is { } id ? documents.GetValueOrDefault(id) : null;
        _citations.Add(new Citation(number, statement.DocumentId, SourceOf(statement), document?.FileName, statement.Span, Quote(statement)));
        _byStatement[statement.Id] = number;
        return number;
    }

    private string? Quote(Statement statement) =>
        statement.DocumentId is { } id && documents.TryGetValue(id, out var d) && statement.Span is { } span && span.End <= d.Text.Length
            ? span.Of(d.Text).ReplaceLineEndings(" ")
            : null;

    private string SourceOf(Statement statement) =>
        statement.AssertedBy ?? (statement.DocumentId is { } id && documents.TryGetValue(id, out var d) ? d.Title ?? d.FileName : statement.Author);

    // Reliability is the document's source's when known; machine-extracted statements from unrated sources are F.
    private static string Grade(Statement statement) => $"F{(int)statement.Credibility}";

    private static string Name(FigureComparison comparison) => comparison.Key is { } key
        ? key.Measure + (key.Population is null ? "" : $" ({key.Population})") + (key.Item is null ? "" : $", {key.Item}") + (key.Unit is null ? "" : $", {key.Unit}")
        : "date";

    private static string Value(Statement statement) => statement.Value.Describe();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
