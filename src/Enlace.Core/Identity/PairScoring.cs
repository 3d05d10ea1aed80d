using System.Collections.Concurrent;

namespace Enlace.Core.Identity;

/// <summary>
/// Scores, in parallel, every pair of forms that shares a block — once, in the first block they share — and keeps those
/// that reach the review band. Pairs across tenants or kinds are never scored, even if their keys collide.
/// </summary>
internal static class PairScoring
{
    public static List<(int A, int B, MatchScore Match)> Run(PreparedMention[] forms, BlockIndex index, NameMatcher matcher, ParallelOptions parallel, out long scored)
    {
        var results = new ConcurrentBag<List<(int, int, MatchScore)>>();
        var total = 0L;
        var blocks = index.Blocks;
        ParallelRanges.ForEach(blocks.Length, 64, parallel, (from, to) =>
        {
            var kept = new List<(int, int, MatchScore)>();
            var count = 0L;
            for (var b = from; b < to; b++)
            {
                var (start, length) = blocks[b];
                var key = index[start].Key;
                for (var i = start; i < start + length; i++)
                {
                    var x = forms[index[i].Form];
                    for (var j = i + 1; j < start + length; j++)
                    {
                        var y = forms[index[j].Form];
                        if (x.Record.TenantId != y.Record.TenantId || x.Record.Kind != y.Record.Kind || !index.IsFirstSharedKey(index[i].Form, index[j].Form, key))
                        {
                            continue;
                        }

                        count++;
                        var match = matcher.Score(x, y);
                        if (match.Score >= ResolutionBands.UnsureAt)
                        {
                            kept.Add((Math.Min(index[i].Form, index[j].Form), Math.Max(index[i].Form, index[j].Form), match));
                        }
                    }
                }
            }

            Interlocked.Add(ref total, count);
            results.Add(kept);
        });

        scored = total;
        var all = new List<(int A, int B, MatchScore Match)>(results.Sum(r => r.Count));
        foreach (var part in results)
        {
            all.AddRange(part);
        }

        all.Sort((p, q) => p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        return all;
    }
}
