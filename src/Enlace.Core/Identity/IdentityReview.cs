using Enlace.Core.Entities;
using Enlace.Core.Statements;
using Enlace.Core.Storage;

namespace Enlace.Core.Identity;

/// <summary>
/// The analyst's side of identity: the queue of pairs the resolver and the reconciler were unsure of, merging and
/// splitting by hand, and what an entity's cluster is made of. Every decision is a judgement with the analyst's name
/// and reason; nothing is deleted, and the latest judgement on a pair is the one in force, so any decision can be
/// reversed by the opposite one. Everything happens within one tenant.
/// </summary>
public sealed class IdentityReview(IStatementStore store, TimeProvider clock)
{
    /// <summary>The kinds an analyst may merge and split: what resolution and event grouping decide on.</summary>
    public static readonly IReadOnlySet<EntityKind> Kinds = new HashSet<EntityKind>(IdentityResolution.Kinds) { EntityKind.Event };

    /// <summary>
    /// Pairs whose judgement in force is "unsure" and that no other link has joined since, the likeliest first (then
    /// by judgement id). A pair is left out when the store does not show one of its entities (a reader's view of it).
    /// </summary>
    public Task<IReadOnlyList<ReviewEntry>> QueueAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        QueuePageAsync(tenantId, null, int.MaxValue, cancellationToken);

    /// <summary>
    /// Up to <paramref name="take"/> entries of the queue, in its order, among the pairs <paramref name="include"/>
    /// accepts (given the judgement and the pair's kind); only the entries returned are read in full.
    /// </summary>
    public async Task<IReadOnlyList<ReviewEntry>> QueuePageAsync(
        Guid tenantId, Func<IdentityJudgement, EntityKind, bool>? include, int take, CancellationToken cancellationToken = default)
    {
        var graph = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var entities = await EntitiesAsync(tenantId, cancellationToken);
        var pending = graph.InForce
            .Where(j => j.Verdict == Verdict.Unsure && !graph.AreSame(j.A, j.B) && entities.ContainsKey(j.A) && entities.ContainsKey(j.B))
            .Where(j => include is null || include(j, entities[j.A].Kind))
            .OrderByDescending(j => j.Score).ThenBy(j => j.Id)
            .Take(take)
            .ToList();
        var cards = new Dictionary<Guid, EntityCard>();
        var queue = new List<ReviewEntry>();
        foreach (var judgement in pending)
        {
            queue.Add(new ReviewEntry(
                judgement,
                await CardAsync(tenantId, entities[judgement.A], cards, cancellationToken),
                await CardAsync(tenantId, entities[judgement.B], cards, cancellationToken)));
        }

        return queue;
    }

    /// <summary>Records that the two entities are one.</summary>
    public Task<IdentityDecision> MergeAsync(Guid tenantId, Guid a, Guid b, string analyst, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(tenantId, a, b, Verdict.Same, analyst, reason, cancellationToken);

    /// <summary>Records that the two entities are not one; from then on they are never in one cluster, and the pair is never proposed again.</summary>
    public Task<IdentityDecision> SplitAsync(Guid tenantId, Guid a, Guid b, string analyst, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(tenantId, a, b, Verdict.NotSame, analyst, reason, cancellationToken);

    /// <summary>
    /// Records an analyst's judgement on a pair: "same" merges them, "not same" keeps them apart and the pair is never
    /// proposed again, "unsure" puts the pair in the review queue.
    /// </summary>
    public Task<IdentityDecision> JudgeAsync(Guid tenantId, Guid a, Guid b, Verdict verdict, string analyst, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(tenantId, a, b, verdict, analyst, reason, cancellationToken);

    /// <summary>
    /// Takes <paramref name="member"/> out of the identity of <paramref name="entity"/>: records that the two are not
    /// one, which sets aside whichever "same" links would still join them. Refused when they are not one identity now.
    /// Reversible: a later merge of the two wins.
    /// </summary>
    public async Task<IdentityDecision> SplitMemberAsync(Guid tenantId, Guid entity, Guid member, string analyst, string reason, CancellationToken cancellationToken = default)
    {
        var entities = await EntitiesAsync(tenantId, cancellationToken);
        var x = entities.GetValueOrDefault(entity) ?? throw new UnknownEntityException($"no entity with id {entity}");
        var y = entities.GetValueOrDefault(member) ?? throw new UnknownEntityException($"no entity with id {member}");
        if (entity == member)
        {
            throw new IdentityDecisionException("both sides name the same entity");
        }

        var graph = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        if (!graph.AreSame(entity, member))
        {
            throw new IdentityDecisionException($"'{y.Name}' is not a member of the identity of '{x.Name}'; there is nothing to split");
        }

        return await DecideAsync(tenantId, entity, member, Verdict.NotSame, analyst, reason, cancellationToken);
    }

    /// <summary>The cluster of an entity with the judgements that made it.</summary>
    public async Task<IdentityCluster> ClusterAsync(Guid tenantId, Guid entity, CancellationToken cancellationToken = default)
    {
        var graph = new IdentityGraph(await store.GetJudgementsAsync(tenantId, cancellationToken));
        var entities = await EntitiesAsync(tenantId, cancellationToken);
        if (!entities.TryGetValue(entity, out var subject))
        {
            throw new UnknownEntityException($"no entity with id {entity}");
        }

        var cards = new Dictionary<Guid, EntityCard>();
        var members = new List<EntityCard>();
        foreach (var member in graph.Members(entity).Where(entities.ContainsKey))
        {
            members.Add(await CardAsync(tenantId, entities[member], cards, cancellationToken));
        }

        var inCluster = members.Select(m => m.Id).ToHashSet();
        var links = graph.Links(entity);
        var other = graph.InForce.Where(j => j.Verdict != Verdict.Same && (inCluster.Contains(j.A) || inCluster.Contains(j.B)))
            .Concat(graph.SetAside.Where(j => inCluster.Contains(j.A) || inCluster.Contains(j.B)))
            .OrderByDescending(j => j.At).ToList();
        return new IdentityCluster(await CardAsync(tenantId, subject, cards, cancellationToken), members, links, other);
    }

    /// <summary>
    /// The entities a user means by <paramref name="text"/>: the one with that id (or its first or last six or more
    /// digits: ids made in one instant share their first twelve),
    /// else those with that name or named that way in a report (accents, case and articles ignored).
    /// </summary>
    public async Task<IReadOnlyList<Entity>> FindAsync(Guid tenantId, string text, CancellationToken cancellationToken = default)
    {
        var entities = (await EntitiesAsync(tenantId, cancellationToken)).Values.Where(e => Kinds.Contains(e.Kind)).ToList();
        var key = text.Trim().Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        if (key.Length >= 6 && key.All(Uri.IsHexDigit))
        {
            var byId = entities.Where(e => e.Id.ToString("N").StartsWith(key, StringComparison.Ordinal) || e.Id.ToString("N").EndsWith(key, StringComparison.Ordinal)).ToList();
            if (byId.Count > 0)
            {
                return byId;
            }
        }

        var wanted = NameForms.Normalize(text);
        if (wanted.Length == 0)
        {
            return [];
        }

        var named = entities.Where(e => NameForms.Normalize(e.Name) == wanted).ToList();
        if (named.Count > 0)
        {
            return named;
        }

        var aliases = await store.GetStatementsAsync(tenantId, new StatementFilter(Property: "named_as", Limit: int.MaxValue), cancellationToken);
        var ids = aliases.Where(s => s.Value is TextValue t && NameForms.Normalize(t.Text) == wanted).Select(s => s.SubjectId).ToHashSet();
        return [.. entities.Where(e => ids.Contains(e.Id))];
    }

    private async Task<IdentityDecision> DecideAsync(
        Guid tenantId, Guid a, Guid b, Verdict verdict, string analyst, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new IdentityDecisionException("an identity decision needs a reason");
        }

        if (string.IsNullOrWhiteSpace(analyst))
        {
            throw new IdentityDecisionException("an identity decision needs the analyst's name");
        }

        if (a == b)
        {
            throw new IdentityDecisionException("both sides name the same entity");
        }

        var entities = await EntitiesAsync(tenantId, cancellationToken);
        var x = entities.GetValueOrDefault(a) ?? throw new UnknownEntityException($"no entity with id {a}");
        var y = entities.GetValueOrDefault(b) ?? throw new UnknownEntityException($"no entity with id {b}");
        if (!Kinds.Contains(x.Kind) || x.Kind != y.Kind)
        {
            throw new IdentityDecisionException(x.Kind != y.Kind
                ? $"'{x.Name}' is a {x.Kind.ToString().ToLowerInvariant()} and '{y.Name}' a {y.Kind.ToString().ToLowerInvariant()}: only entities of one kind can be the same"
                : $"{x.Kind.ToString().ToLowerInvariant()}s are not merged or split");
        }

        var judgements = await store.GetJudgementsAsync(tenantId, cancellationToken);
        // Whole microseconds, as both engines store them; and a decision made in the same instant as the judgement it
        // reverses must still come after it.
        var now = clock.GetUtcNow();
        var at = now.AddTicks(-(now.Ticks % 10));
        if (judgements.Count > 0 && judgements.Max(j => j.At) >= at)
        {
            at = judgements.Max(j => j.At).AddTicks(10);
        }

        var judgement = new IdentityJudgement(Guid.CreateVersion7(at), tenantId, a, b, verdict, 1, analyst.Trim(), reason.Trim(), at);
        var before = new IdentityGraph(judgements).SetAside.Select(j => j.Id).ToHashSet();
        var after = new IdentityGraph([.. judgements, judgement]);
        await store.AddJudgementAsync(judgement, cancellationToken);
        return new IdentityDecision(judgement, [.. after.SetAside.Where(j => !before.Contains(j.Id))]);
    }

    private async Task<Dictionary<Guid, Entity>> EntitiesAsync(Guid tenantId, CancellationToken cancellationToken) =>
        (await store.ListEntitiesAsync(tenantId, cancellationToken: cancellationToken)).ToDictionary(e => e.Id);

    private async Task<EntityCard> CardAsync(Guid tenantId, Entity entity, Dictionary<Guid, EntityCard> cards, CancellationToken cancellationToken)
    {
        if (cards.TryGetValue(entity.Id, out var known))
        {
            return known;
        }

        var about = await store.GetStatementsAsync(tenantId, new StatementFilter(SubjectId: entity.Id, Limit: int.MaxValue), cancellationToken);
        var aliases = about.Where(s => s.Property == "named_as" && s.Value is TextValue).Select(s => ((TextValue)s.Value).Text.Trim())
            .Where(t => !string.Equals(t, entity.Name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var card = new EntityCard(entity.Id, entity.Kind, entity.Name, aliases, [.. about.Select(s => s.DocumentId).OfType<Guid>().Distinct()]);
        cards[entity.Id] = card;
        return card;
    }
}
