using Enlace.Core.Entities;
using Enlace.Core.Statements;
using Enlace.Core.Storage;

namespace Enlace.Core.Identity;

/// <summary>
/// Resolves one tenant's organisations, people and places across its documents and languages. Each entity is a name
/// as the extractor gave it, with the other names its documents use for it (the texts it was named as). The resolver's
/// proposals become judgements by <see cref="JudgedBy"/>: "same" from <see cref="ResolutionBands.SameAt"/> up,
/// "unsure" (the analysts' review queue) from <see cref="ResolutionBands.UnsureAt"/>; nothing below. A pair the tenant
/// already judged, whoever judged it, is never proposed again, and nothing is compared across tenants.
/// </summary>
public sealed class IdentityResolution(IStatementStore store, TimeProvider clock, IKnownNames names)
{
    public const string JudgedBy = "resolver";

    /// <summary>The kinds of entity resolution compares; events are grouped by reconciliation, reports never.</summary>
    public static readonly IReadOnlySet<EntityKind> Kinds = new HashSet<EntityKind> { EntityKind.Organization, EntityKind.Person, EntityKind.Location };

    /// <summary>Records the resolver's judgements; returns how many pairs it judged the same and how many it left for review.</summary>
    public async Task<(int Merged, int ForReview)> ResolveAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var existing = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var mentions = await MentionsAsync(tenantId, cancellationToken);
        var resolution = new EntityResolver().Resolve(mentions, existing, names, cancellationToken);
        var now = clock.GetUtcNow();
        var judgements = resolution.Proposals.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B)
            .Select(p => p.AsJudgement(Guid.CreateVersion7(now), JudgedBy, now))
            .ToList();

        // One run's judgements are stored together: a run that fails leaves no half of its proposals behind.
        await store.AddJudgementsAsync(tenantId, judgements, cancellationToken);
        var merged = judgements.Count(j => j.Verdict == Verdict.Same);
        return (merged, judgements.Count - merged);
    }

    /// <summary>The tenant's entities of the resolved kinds, each with the names its documents use for it.</summary>
    public async Task<IReadOnlyList<MentionRecord>> MentionsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var entities = (await store.ListEntitiesAsync(tenantId, cancellationToken: cancellationToken)).Where(e => Kinds.Contains(e.Kind)).ToList();
        var namedAs = await store.GetStatementsAsync(tenantId, new StatementFilter(Property: "named_as", Limit: int.MaxValue), cancellationToken);
        var aliases = namedAs.Where(s => s.Value is TextValue).ToLookup(s => s.SubjectId, s => ((TextValue)s.Value).Text);
        return [.. entities.Select(e => new MentionRecord(e.Id, tenantId, e.Kind, e.Name, [.. Aliases(e.Name, aliases[e.Id])]))];
    }

    // A text an entity was named as that the gazetteer knows as another institution or place ("Lima" for the country,
    // "Policía Nacional" for a police force the name itself identifies) would merge the two through the gazetteer; only
    // texts that add a name the gazetteer does not contradict are kept.
    private IEnumerable<string> Aliases(string name, IEnumerable<string> texts)
    {
        var key = names.CanonicalKey(name);
        return texts.Select(a => a.Trim())
            .Where(a => a.Length > 0 && !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(a => key is null || names.CanonicalKey(a) is not { } other || other == key);
    }
}
