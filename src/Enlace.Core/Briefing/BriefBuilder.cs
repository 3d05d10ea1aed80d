using System.Globalization;
using Enlace.Core.Adjudications;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;
using Enlace.Core.Sources;
using Enlace.Core.Statements;

namespace Enlace.Core.Briefing;

/// <summary>
/// Builds a brief on one event, or on an entity and every event it takes part in, from the reconciled views, the
/// documents they cite and the adjudications made on them. One builder numbers citations across everything it builds.
/// </summary>
/// <param name="identities">The tenant's identity decisions: entities merged into one identity are named once. Without them every entity stands alone.</param>
/// <param name="grades">The agency's source grades; without them every source is F, "cannot be judged".</param>
public sealed class BriefBuilder(
    IReadOnlyDictionary<Guid, Document> documents,
    IReadOnlyDictionary<Guid, Entity> entities,
    IReadOnlyList<Adjudication> adjudications,
    IdentityGraph? identities = null,
    SourceGradeBook? grades = null)
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
            var alternatives = figure.Values.Where(v => !v.Chosen).ToList();
            summary.Add(chosen is not null
                ? $"{Capitalise(figure.Figure)}: {chosen.Value} per {chosen.Source} [{chosen.Citation}], as adjudicated ({figure.Decision})" +
                    (alternatives.Count == 0 ? "." : "; other sources: " + string.Join("; ", alternatives.Select(v => $"{v.Value} per {v.Source} [{v.Citation}]")) + ".")
                : figure.Status == "conflict"
                    ? $"{Capitalise(figure.Figure)} is disputed: " + string.Join("; ", figure.Values.Select(v => $"{v.Value} per {v.Source} [{v.Citation}]")) + "."
                    : $"{Capitalise(figure.Figure)}: " + string.Join("; ", figure.Values.Select(v => $"{v.Value} per {v.Source} [{v.Citation}]")) + ".");
        }

        return new Brief(view.Label, now, summary, figures, open, timeline, Involved(eventStatements), [.. _citations]);
    }

    // Each identity once: named by the member the event's reports mention most (then the name first in order), with the
    // names of its other members, mentioned here or not, as aliases.
    private Dictionary<string, IReadOnlyList<InvolvedEntity>> Involved(IReadOnlyList<Statement> eventStatements)
    {
        var mentioned = eventStatements.Where(s => s.Value is EntityValue && s.Property is "place" or "participant")
            .Select(s => entities.GetValueOrDefault(((EntityValue)s.Value).EntityId))
            .OfType<Entity>()
            .ToList();
        return mentioned
            .GroupBy(e => identities?.Representative(e.Id) ?? e.Id)
            .Select(identity =>
            {
                var preferred = identity.GroupBy(e => e.Name, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
                var members = identities?.Members(preferred.Id) ?? [preferred.Id];
                var aliases = members.Select(m => entities.GetValueOrDefault(m)).OfType<Entity>().Select(e => e.Name)
                    .Where(n => !string.Equals(n, preferred.Name, StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return (Kind: preferred.Kind.ToString().ToLowerInvariant(), Entity: new InvolvedEntity(preferred.Name, aliases));
            })
            .GroupBy(i => i.Kind)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<InvolvedEntity>)[.. g.Select(i => i.Entity).OrderBy(e => e.Name, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A brief on an entity: its names, then each event it takes part in (oldest first) as a section of its own.
    /// </summary>
    /// <param name="aliases">Every name the entity goes by: its cluster's members and the texts reports named them with.</param>
    public EntityBrief ForEntity(string name, IReadOnlyList<string> aliases, IReadOnlyList<(EventView View, IReadOnlyList<Statement> Statements)> events, DateTimeOffset now)
    {
        var ordered = events.OrderBy(e => e.View.Span?.Start ?? DateOnly.MaxValue).ThenBy(e => e.View.Label, StringComparer.Ordinal).ToList();
        var briefs = ordered.Select(e => ForEvent(e.View, e.Statements, now)).ToList();
        var documents = ordered.SelectMany(e => e.View.Documents).Distinct().Count();
        var summary = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{name} takes part in {briefs.Count} event(s) described by {documents} report(s)."),
        };
        summary.AddRange(ordered.Zip(briefs).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Second.Title}: {p.First.View.Documents.Count} report(s), {p.First.View.Conflicts.Count()} conflict(s), {p.Second.Decisions.Count()} adjudicated.")));
        return new EntityBrief(name, now, summary, aliases, briefs, [.. _citations]);
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
        SourceGradeBook.SourceOf(statement, statement.DocumentId is { } id ? documents.GetValueOrDefault(id) : null);

    // Reliability is the source's grade in force; a source no analyst has graded is F.
    private string Grade(Statement statement) => $"{(grades ?? SourceGradeBook.Empty).ReliabilityOf(SourceOf(statement))}{(int)statement.Credibility}";

    private static string Name(FigureComparison comparison) => comparison.Key is { } key
        ? key.Measure + (key.Population is null ? "" : $" ({key.Population})") + (key.Item is null ? "" : $", {key.Item}") + (key.Unit is null ? "" : $", {key.Unit}")
        : "date";

    private static string Value(Statement statement) => statement.Value.Describe();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
