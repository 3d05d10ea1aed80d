using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Statements;
using Enlace.Core.Storage;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// Reconciles one tenant's statements: resolves the organisations, people and places its reports name (so that
/// "Policía Nacional del Perú" and "Peruvian National Police" count as one participant), groups the happenings
/// different reports describe into events (recording each grouping as a judgement by the reconciler, which an analyst
/// can overrule), then compares every figure and date per event. Nothing is deleted or rewritten; judgements are added
/// on top.
/// </summary>
/// <param name="places">Tells localities from regions and countries; without it only the countries Core knows are told apart.</param>
/// <param name="names">Known names of institutions and places in both languages, for entity resolution.</param>
public sealed class Reconciler(IStatementStore store, TimeProvider clock, IPlaceDirectory? places = null, IKnownNames? names = null)
{
    public const string JudgedBy = "reconciler";

    private readonly IPlaceDirectory _places = places ?? KnownCountries.Instance;

    /// <summary>Resolves entities, then groups events on the resolved participants and places.</summary>
    public async Task<ReconcileSummary> ReconcileAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var (merged, entityReview) = await new IdentityResolution(store, clock, names ?? NoKnownNames.Instance).ResolveAsync(tenantId, cancellationToken);
        var (grouped, eventReview) = await GroupEventsAsync(tenantId, cancellationToken);
        return new ReconcileSummary(merged, entityReview, grouped, eventReview);
    }

    /// <summary>
    /// Groups events; records each link as a "same" judgement and each pair worth an analyst's look as "unsure".
    /// Returns how many links were recorded and how many pairs await review.
    /// </summary>
    public async Task<(int Grouped, int ForReview)> GroupEventsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var identities = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var evidence = await EvidenceAsync(tenantId, identities, cancellationToken);
        var grouping = EventGrouper.Group(evidence, identities);
        var judgements = grouping.Links.Select(link => Judgement(tenantId, link, Verdict.Same))
            .Concat(grouping.ForReview.Where(link => identities.Latest(link.A.EventId, link.B.EventId) is null).Select(link => Judgement(tenantId, link, Verdict.Unsure)))
            .ToList();

        // The grouping's judgements are stored together, all or none.
        await store.AddJudgementsAsync(tenantId, judgements, cancellationToken);
        return (grouping.Links.Count, grouping.ForReview.Count);
    }

    private IdentityJudgement Judgement(Guid tenantId, EventLink link, Verdict verdict) =>
        new(Guid.CreateVersion7(), tenantId, link.A.EventId, link.B.EventId, verdict, link.Match.Score, JudgedBy, link.Match.Reason, clock.GetUtcNow());

    /// <summary>Every event with its figures compared, conflicts first.</summary>
    public async Task<IReadOnlyList<EventView>> EventsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var identities = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var statements = await store.GetStatementsAsync(tenantId, new StatementFilter(Limit: int.MaxValue, SubjectKind: EntityKind.Event), cancellationToken);
        var names = (await store.ListEntitiesAsync(tenantId, cancellationToken: cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        var places = await PlacesAsync(tenantId, cancellationToken);
        var views = new List<EventView>();
        foreach (var group in statements.GroupBy(s => identities.Representative(s.SubjectId)))
        {
            var members = group.Select(s => s.SubjectId).Distinct().Order().ToList();
            var quantities = group.Where(s => s.Value is QuantityValue).ToList();
            var figures = quantities.Where(s => FigureKey.IsComparable((QuantityValue)s.Value))
                .GroupBy(s => FigureKey.Of((QuantityValue)s.Value))
                .Select(g => new FigureComparison(group.Key, "", g.Key, Agreement.OfQuantities([.. g])))
                .Concat(quantities.Where(s => !FigureKey.IsComparable((QuantityValue)s.Value))
                    .Select(s => new FigureComparison(group.Key, "", FigureKey.Of((QuantityValue)s.Value), Agreement.OfQuantities([s]))))
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

            var label = Label(group, names, places, identities);
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
        var levels = await PlacesAsync(tenantId, cancellationToken);
        return [.. statements.GroupBy(s => s.SubjectId).Select(g => EventEvidence.From(g.Key, g.Where(s => s.Property != "date" || s.Value is DateValue), identities, levels))];
    }

    /// <summary>What the directory knows of each of the tenant's places; unknown places count as localities.</summary>
    private async Task<Func<Guid, PlaceInfo>> PlacesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var known = (await store.ListEntitiesAsync(tenantId, EntityKind.Location, cancellationToken)).ToDictionary(e => e.Id, e => _places.Find(e.Name) ?? PlaceInfo.Unknown);
        return id => known.GetValueOrDefault(id, PlaceInfo.Unknown);
    }

    // "2025-02-07 · Lima · Tren de Aragua": the day most other dates agree with (a week or month only when no day is given), the most
    // named locality (a region or country when none), the most named participant.
    private static string Label(IGrouping<Guid, Statement> group, Dictionary<Guid, string> names, Func<Guid, PlaceInfo> places, IdentityGraph identities)
    {
        var dates = group.Where(s => s.Property == "date").Select(s => s.Value).OfType<DateValue>().ToList();
        var date = dates.OrderBy(d => d.Interval.Precision).ThenByDescending(d => dates.Count(o => o.Interval.Overlaps(d.Interval)))
            .ThenBy(d => d.Interval.Start).FirstOrDefault();
        // Counted by identity cluster ("PNP" and "Policía Nacional del Perú" are one), named by its most used name.
        string? Most(string property) => group.Where(s => s.Property == property).Select(s => s.Value).OfType<EntityValue>()
            .GroupBy(v => identities.Representative(v.EntityId))
            .Select(g => (Level: property == "place" ? g.Min(v => places(v.EntityId).Level) : PlaceLevel.Locality, Count: g.Count(),
                Name: g.GroupBy(v => v.EntityId).Select(n => (Count: n.Count(), Name: names.GetValueOrDefault(n.Key) ?? "")).OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal).First().Name))
            .OrderBy(c => c.Level).ThenByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).FirstOrDefault();
        var parts = new[] { date?.Interval.ToIsoString(), Most("place"), Most("participant") }.Where(p => p is not null);
        var label = string.Join(" · ", parts);
        return label.Length > 0 ? label : names.GetValueOrDefault(group.Key, group.Key.ToString());
    }
}
