using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// <c>resolution [--mentions N] [--sample N] [--seed N] [--max-block N]</c>: resolves a synthetic world of N mentions
/// (default one million, about 100,000 entities) with blocking, clusters the "same" proposals, and reports time, peak
/// memory and pairwise precision and recall against the truth; then, on a sample of whole entities, compares the
/// blocked resolver with scoring every pair.
/// </summary>
public static class ResolutionCommand
{
    public static void Run(string[] args)
    {
        var mentionCount = Option(args, "--mentions", 1_000_000);
        var sampleSize = Option(args, "--sample", 20_000);
        var seed = Option(args, "--seed", 20250207);
        var maxBlock = Option(args, "--max-block", Blocker.DefaultMaxBlockSize);
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        Console.WriteLine($"# Entity resolution benchmark — {mentionCount:N0} mentions, seed {seed}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var clock = Stopwatch.StartNew();
        var world = SyntheticWorld.Generate(mentionCount, seed);
        var names = KnownNamesTable.FromTsv(world.Gazetteer);
        var generated = clock.Elapsed;
        var afterGeneration = Process.GetCurrentProcess().WorkingSet64;
        Console.WriteLine($"world: {world.Entities.Count:N0} entities, {world.Mentions.Count:N0} mentions, {world.Truth.Distinct().Count():N0} (tenant, entity) truths; generated in {generated.TotalSeconds:0.0} s");

        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var resolver = new EntityResolver(new Blocker(maxBlock));
        var resolution = resolver.Resolve(world.Mentions, new IdentityGraph([]), names);
        var resolved = clock.Elapsed;
        var (same, review) = (Cluster(world.Mentions, resolution.Proposals, ResolutionBands.SameAt), Cluster(world.Mentions, resolution.Proposals, ResolutionBands.UnsureAt));
        var total = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var stats = resolution.Blocking;
        Console.WriteLine();
        Console.WriteLine($"resolve: {resolved.TotalSeconds:0.0} s; with clustering: {total.TotalSeconds:0.0} s wall, {cpu.TotalSeconds:0.0} s CPU (the machine is shared: load {LoadAverage()})");
        Console.WriteLine($"memory: peak working set {Mb(peak)} (after generating the world {Mb(afterGeneration)}); allocated during resolution {Mb(allocated)}; GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        Console.WriteLine($"blocking: {stats.DistinctForms:N0} distinct forms, {stats.Keys:N0} keys, {stats.Blocks:N0} blocks kept, {stats.SkippedBlocks:N0} skipped (> {maxBlock} forms, {stats.KeysInSkippedBlocks:N0} keys), {stats.ScoredPairs:N0} pairs scored");
        Console.WriteLine($"proposals: {stats.Proposals:N0} ({resolution.Proposals.Count(p => p.Suggested == Verdict.Same):N0} same, {resolution.Proposals.Count(p => p.Suggested == Verdict.Unsure):N0} for review)");
        Console.WriteLine();
        Console.WriteLine($"clusters of 'same' proposals  : {PairwiseQuality.Of(same, world.Truth)}");
        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Location })
        {
            var indexes = Enumerable.Range(0, world.Mentions.Count).Where(i => world.Mentions[i].Kind == kind).ToList();
            Console.WriteLine($"  {kind,-12}                 : {PairwiseQuality.Of(same, world.Truth, indexes)}");
        }

        Console.WriteLine($"if review were all accepted   : {PairwiseQuality.Of(review, world.Truth)}");
        FalseMerges(world, resolution.Proposals);
        Strays(world, same);
        Baseline(world, names, resolver, sampleSize, seed);
    }

    private static void Baseline(SyntheticWorld world, IKnownNames names, EntityResolver resolver, int sampleSize, int seed)
    {
        // Whole entities, so the sample keeps their pairs: all mentions of randomly drawn entities up to the size.
        var random = new Random(seed + 1);
        var byEntity = Enumerable.Range(0, world.Mentions.Count).GroupBy(i => world.EntityOf[i]).Select(g => g.ToList()).ToList();
        var sample = new List<int>(sampleSize);
        foreach (var group in byEntity.OrderBy(_ => random.Next()))
        {
            if (sample.Count + group.Count > sampleSize)
            {
                continue;
            }

            sample.AddRange(group);
        }

        var mentions = sample.Select(i => world.Mentions[i]).ToList();
        var truth = sample.Select(i => world.Truth[i]).ToArray();
        var clock = Stopwatch.StartNew();
        var blocked = Cluster(mentions, resolver.Resolve(mentions, new IdentityGraph([]), names).Proposals, ResolutionBands.SameAt);
        var blockedTime = clock.Elapsed;
        clock.Restart();
        var (brute, scored) = BruteForceBaseline.Run(mentions, names);
        var bruteTime = clock.Elapsed;

        Console.WriteLine();
        Console.WriteLine($"sample of {mentions.Count:N0} mentions (whole entities):");
        Console.WriteLine($"  blocked     {blockedTime.TotalSeconds,6:0.0} s : {PairwiseQuality.Of(blocked, truth)}");
        Console.WriteLine($"  brute force {bruteTime.TotalSeconds,6:0.0} s : {PairwiseQuality.Of(brute, truth)}  ({scored:N0} same-tenant, same-kind pairs scored)");
        Console.WriteLine($"  recall of blocked against brute force: {PairwiseQuality.Of(blocked, brute).Recall:0.0000} (pairs brute force joins that blocking also joins)");
    }

    // The commonest reasons a 'same' proposal joined two different entities, to see what costs precision.
    private static void FalseMerges(SyntheticWorld world, IReadOnlyList<ProposedMatch> proposals)
    {
        var index = new Dictionary<Guid, int>(world.Mentions.Count);
        for (var i = 0; i < world.Mentions.Count; i++)
        {
            index[world.Mentions[i].Id] = i;
        }

        var wrong = proposals.Where(p => p.Suggested == Verdict.Same && world.EntityOf[index[p.A]] != world.EntityOf[index[p.B]]).ToList();
        Console.WriteLine($"'same' proposals joining different entities: {wrong.Count:N0}; commonest rules: "
            + string.Join(", ", wrong.GroupBy(p => p.Match.Rule).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Key} {g.Count():N0}")));
        foreach (var p in wrong.GroupBy(p => p.Match.Rule).SelectMany(g => g.Take(2)))
        {
            Console.WriteLine($"  e.g. '{world.Mentions[index[p.A]].Name}' ~ '{world.Mentions[index[p.B]].Name}': {p.Reason}");
        }
    }

    // Mentions left outside their entity's main cluster: what costs recall.
    private static void Strays(SyntheticWorld world, int[] clusters)
    {
        var main = Enumerable.Range(0, world.Mentions.Count).GroupBy(i => world.Truth[i])
            .ToDictionary(g => g.Key, g => g.GroupBy(i => clusters[i]).MaxBy(c => c.Count())!.Key);
        var strays = Enumerable.Range(0, world.Mentions.Count).Where(i => clusters[i] != main[world.Truth[i]]).ToList();
        Console.WriteLine($"mentions outside their entity's main cluster: {strays.Count:N0}; by kind: "
            + string.Join(", ", strays.GroupBy(i => world.Mentions[i].Kind).Select(g => $"{g.Key} {g.Count():N0}")));
        foreach (var i in strays.Where((_, n) => n % Math.Max(1, strays.Count / 10) == 0).Take(10))
        {
            Console.WriteLine($"  e.g. '{world.Mentions[i].Name}' [{string.Join(", ", world.Mentions[i].Aliases)}]");
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int[] Cluster(IReadOnlyList<MentionRecord> mentions, IReadOnlyList<ProposedMatch> proposals, double threshold)
    {
        var index = new Dictionary<Guid, int>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            index[mentions[i].Id] = i;
        }

        var clusters = new UnionFind(mentions.Count);
        foreach (var proposal in proposals)
        {
            if (proposal.Score >= threshold)
            {
                clusters.Union(index[proposal.A], index[proposal.B]);
            }
        }

        return [.. Enumerable.Range(0, mentions.Count).Select(clusters.Find)];
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):N0} MB";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
