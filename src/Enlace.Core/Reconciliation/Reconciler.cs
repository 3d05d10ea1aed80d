using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Statements;
using Enlace.Core.Storage;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// Reconciles one tenant's statements: groups the happenings different reports describe into events (recording each
/// grouping as a judgement by the reconciler, which an analyst can overrule), then compares every figure and date per
/// event. Nothing is deleted or rewritten; judgements are added on top.
/// </summary>
public sealed class Reconciler(IStatementStore store, TimeProvider clock)
{
    public const string JudgedBy = "reconciler";

    /// <summary>Groups events; returns how many new groupings were recorded and how many pairs await review.</summary>
    public async Task<(int Grouped, int ForReview)> GroupEventsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var identities = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var evidence = await EvidenceAsync(tenantId, identities, cancellationToken);
        var grouped = 0;
        var review = 0;
        foreach (var (a, b, match) in EventGrouper.Propose(evidence, identities))
        {
            if (match.Verdict != Verdict.Same)
            {
                review++;
                continue;
            }

            await store.AddJudgementAsync(
                new IdentityJudgement(Guid.CreateVersion7(), tenantId, a.EventId, b.EventId, Verdict.Same, match.Score, JudgedBy, match.Reason, clock.GetUtcNow()),
                cancellationToken);
            grouped++;
        }

        return (grouped, review);
    }

    /// <summary>Every event with its figures compared, conflicts first.</summary>
    public async Task<IReadOnlyList<EventView>> EventsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var identities = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var statements = await store.GetStatementsAsync(tenantId, new StatementFilter(Limit: int.MaxValue, SubjectKind: EntityKind.Event), cancellationToken);
        var names = (await store.ListEntitiesAsync(tenantId, cancellationToken: cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        var views = new List<EventView>();
        foreach (var group in statements.GroupBy(s => identities.Representative(s.SubjectId)))
        {
            var members = group.Select(s => s.SubjectId).Distinct().Order().ToList();
            var figures = group.Where(s => s.Value is QuantityValue)
                .GroupBy(s => FigureKey.Of((QuantityValue)s.Value))
                .Select(g => new FigureComparison(group.Key, "", g.Key, Agreement.OfQuantities([.. g])))
                .ToList();
            var dates = group.Where(s => s.Property == "date" && s.Value is DateValue).ToList();
            if (dates.Count > 0)
            {
                figures.Add(new FigureComparison(group.Key, "", null, Agreement.OfDates(dates)));
            }

            if (figures.Count == 0)
            {
                continue;
            }

            var label = Label(group, names);
            views.Add(new EventView(
                group.Key,
                label,
                members,
                [.. group.Select(s => s.DocumentId).OfType<Guid>().Distinct()],
                [.. figures.Select(f => f with { EventLabel = label }).OrderBy(f => f.Agreement.Status != AgreementStatus.Conflict).ThenBy(f => f.Measure, StringComparer.Ordinal)]));
        }

        return [.. views.OrderByDescending(v => v.Documents.Count).ThenBy(v => v.Label, StringComparer.Ordinal)];
    }

    private async Task<List<EventEvidence>> EvidenceAsync(Guid tenantId, IdentityGraph identities, CancellationToken cancellationToken)
    {
        var statements = await store.GetStatementsAsync(tenantId, new StatementFilter(Limit: int.MaxValue, SubjectKind: EntityKind.Event), cancellationToken);
        return [.. statements.GroupBy(s => s.SubjectId).Select(g => EventEvidence.From(g.Key, g.Where(s => s.Property != "date" || s.Value is DateValue), identities))];
    }

    // "2025-02-07 · Lima · Tren de Aragua": the date most other dates agree with (the most precise on a tie), the most
    // named place, the most named participant.
    private static string Label(IGrouping<Guid, Statement> group, Dictionary<Guid, string> names)
    {
        var dates = group.Where(s => s.Property == "date").Select(s => s.Value).OfType<DateValue>().ToList();
        var date = dates.OrderByDescending(d => dates.Count(o => o.Interval.Overlaps(d.Interval)))
            .ThenBy(d => d.Interval.Precision).ThenBy(d => d.Interval.Start).FirstOrDefault();
        string? Most(string property) => group.Where(s => s.Property == property).Select(s => s.Value).OfType<EntityValue>()
            .GroupBy(v => v.EntityId).OrderByDescending(g => g.Count()).Select(g => names.GetValueOrDefault(g.Key)).FirstOrDefault();
        var parts = new[] { date?.Interval.ToIsoString(), Most("place"), Most("participant") }.Where(p => p is not null);
        var label = string.Join(" · ", parts);
        return label.Length > 0 ? label : names.GetValueOrDefault(group.Key, group.Key.ToString());
    }
}
