namespace Enlace.Core.Identity;

/// <summary>
/// The identity state that a tenant's judgements add up to: the latest judgement on each pair counts, "same" pairs
/// join clusters (transitively), and a "not same" pair is never proposed again.
/// </summary>
public sealed class IdentityGraph
{
    private readonly Dictionary<(Guid, Guid), IdentityJudgement> _latest = [];
    private readonly Dictionary<Guid, Guid> _parent = [];

    public IdentityGraph(IEnumerable<IdentityJudgement> judgements)
    {
        foreach (var judgement in judgements.OrderBy(j => j.At).ThenBy(j => j.Id))
        {
            _latest[judgement.Pair] = judgement;
        }

        foreach (var judgement in _latest.Values.Where(j => j.Verdict == Verdict.Same))
        {
            Union(judgement.A, judgement.B);
        }
    }

    /// <summary>The entity that stands for the cluster of <paramref name="entity"/> (itself when unmerged).</summary>
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

    /// <summary>Every cluster of two or more entities.</summary>
    public IReadOnlyList<IReadOnlyList<Guid>> Clusters() =>
        [.. _parent.Keys.GroupBy(Representative).Where(g => g.Count() > 1).Select(g => (IReadOnlyList<Guid>)[.. g.Order()])];

    private void Union(Guid a, Guid b)
    {
        _parent.TryAdd(a, a);
        _parent.TryAdd(b, b);
        var ra = Representative(a);
        var rb = Representative(b);
        if (ra != rb)
        {
            // The older id (UUIDv7 sorts by time) stands for the cluster, so representatives are stable.
            if (ra.CompareTo(rb) < 0)
            {
                _parent[rb] = ra;
            }
            else
            {
                _parent[ra] = rb;
            }
        }
    }
}
