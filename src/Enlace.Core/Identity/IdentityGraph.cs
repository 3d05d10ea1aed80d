namespace Enlace.Core.Identity;

/// <summary>
/// The identity state that a tenant's judgements add up to. The latest judgement on each pair is the one in force.
/// "Same" pairs join clusters transitively, newest first; a "not same" pair is never proposed again and never ends up
/// in one cluster: a "same" link that would join it (through other members) is set aside, so splitting two entities
/// holds even when older links chained them together.
/// </summary>
public sealed class IdentityGraph
{
    private readonly Dictionary<(Guid, Guid), IdentityJudgement> _latest = [];
    private readonly Dictionary<Guid, Guid> _parent = [];
    private readonly Dictionary<Guid, List<Guid>> _members = [];
    private readonly Dictionary<Guid, List<Guid>> _ruledOut = [];
    private readonly List<IdentityJudgement> _applied = [];
    private readonly List<IdentityJudgement> _setAside = [];

    public IdentityGraph(IEnumerable<IdentityJudgement> judgements)
    {
        foreach (var judgement in judgements.OrderBy(j => j.At).ThenBy(j => j.Id))
        {
            _latest[judgement.Pair] = judgement;
        }

        foreach (var judgement in _latest.Values.Where(j => j.Verdict == Verdict.NotSame))
        {
            RuleOut(judgement.A, judgement.B);
            RuleOut(judgement.B, judgement.A);
        }

        foreach (var judgement in _latest.Values.Where(j => j.Verdict == Verdict.Same).OrderByDescending(j => j.At).ThenByDescending(j => j.Id))
        {
            (Union(judgement.A, judgement.B) ? _applied : _setAside).Add(judgement);
        }

        // Every entity points straight at its representative from now on, so reads are cheap and change nothing.
        foreach (var entity in _parent.Keys.ToList())
        {
            _parent[entity] = Representative(entity);
        }
    }

    /// <summary>The latest judgement on every judged pair.</summary>
    public IEnumerable<IdentityJudgement> InForce => _latest.Values;

    /// <summary>"Same" judgements in force that were not applied because they would join a pair judged "not same".</summary>
    public IReadOnlyList<IdentityJudgement> SetAside => _setAside;

    /// <summary>The entity that stands for the cluster of <paramref name="entity"/> (itself when unmerged): its oldest member.</summary>
    public Guid Representative(Guid entity)
    {
        var root = entity;
        while (_parent.TryGetValue(root, out var up) && up != root)
        {
            root = up;
        }

        return root;
    }

    public bool AreSame(Guid a, Guid b) => Representative(a) == Representative(b);

    /// <summary>Whether the pair was judged, last, to be different: such a pair is never proposed again.</summary>
    public bool IsRuledOut(Guid a, Guid b) =>
        _latest.TryGetValue(a.CompareTo(b) <= 0 ? (a, b) : (b, a), out var j) && j.Verdict == Verdict.NotSame;

    /// <summary>The latest judgement on the pair, if any.</summary>
    public IdentityJudgement? Latest(Guid a, Guid b) => _latest.GetValueOrDefault(a.CompareTo(b) <= 0 ? (a, b) : (b, a));

    /// <summary>Every member of the entity's cluster, oldest first (the entity alone when unmerged).</summary>
    public IReadOnlyList<Guid> Members(Guid entity) =>
        _members.TryGetValue(Representative(entity), out var members) ? [.. members.Order()] : [entity];

    /// <summary>The "same" judgements that made the entity's cluster, newest first.</summary>
    public IReadOnlyList<IdentityJudgement> Links(Guid entity)
    {
        var root = Representative(entity);
        return [.. _applied.Where(j => Representative(j.A) == root)];
    }

    /// <summary>Every cluster of two or more entities.</summary>
    public IReadOnlyList<IReadOnlyList<Guid>> Clusters() =>
        [.. _members.Where(m => m.Value.Count > 1 && Representative(m.Key) == m.Key).Select(m => (IReadOnlyList<Guid>)[.. m.Value.Order()])];

    private void RuleOut(Guid a, Guid b)
    {
        if (!_ruledOut.TryGetValue(a, out var list))
        {
            _ruledOut[a] = list = [];
        }

        list.Add(b);
    }

    private bool Union(Guid a, Guid b)
    {
        var ra = Representative(a);
        var rb = Representative(b);
        if (ra == rb)
        {
            return true;
        }

        var membersA = _members.GetValueOrDefault(ra) ?? [ra];
        var membersB = _members.GetValueOrDefault(rb) ?? [rb];
        var (small, otherRoot) = membersA.Count <= membersB.Count ? (membersA, rb) : (membersB, ra);
        if (small.Any(m => _ruledOut.TryGetValue(m, out var apart) && apart.Any(x => Representative(x) == otherRoot)))
        {
            return false;
        }

        // The older id (UUIDv7 sorts by time) stands for the cluster, so representatives are stable.
        var (root, child) = ra.CompareTo(rb) < 0 ? (ra, rb) : (rb, ra);
        _parent[child] = root;
        _parent.TryAdd(root, root);
        _members[root] = [.. membersA, .. membersB];
        _members.Remove(child);
        return true;
    }
}
