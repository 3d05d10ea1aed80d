using System.Collections.Concurrent;
using Enlace.Core.Identity;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// Scores every pair of a sample that resolution could ever propose — same tenant, same kind; any other pair scores
/// zero by rule — without blocking, and clusters those in the "same" band. What blocking loses shows as pairs this
/// clustering joins that the blocked one does not.
/// </summary>
internal static class BruteForceBaseline
{
    public static (int[] Clusters, long Scored) Run(IReadOnlyList<MentionRecord> mentions, IKnownNames names)
    {
        var matcher = new NameMatcher(names);
        var prepared = mentions.AsParallel().AsOrdered().Select(matcher.Prepare).ToArray();
        var partitions = Enumerable.Range(0, mentions.Count).GroupBy(i => (mentions[i].TenantId, mentions[i].Kind)).Select(g => g.ToArray()).ToArray();
        var edges = new ConcurrentBag<(int, int)>();
        var scored = 0L;
        foreach (var partition in partitions)
        {
            Parallel.For(0, partition.Length, () => 0L, (i, _, count) =>
            {
                for (var j = i + 1; j < partition.Length; j++)
                {
                    count++;
                    if (matcher.Score(prepared[partition[i]], prepared[partition[j]]).Score >= ResolutionBands.SameAt)
                    {
                        edges.Add((partition[i], partition[j]));
                    }
                }

                return count;
            }, count => Interlocked.Add(ref scored, count));
        }

        var clusters = new UnionFind(mentions.Count);
        foreach (var (a, b) in edges)
        {
            clusters.Union(a, b);
        }

        return ([.. Enumerable.Range(0, mentions.Count).Select(clusters.Find)], scored);
    }
}
