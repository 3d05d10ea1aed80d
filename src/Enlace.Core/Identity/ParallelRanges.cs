using System.Collections.Concurrent;

namespace Enlace.Core.Identity;

/// <summary>Runs a body over contiguous index ranges on all allowed cores: few delegate calls, no per-item overhead.</summary>
internal static class ParallelRanges
{
    public static void ForEach(int count, int smallestRange, ParallelOptions parallel, Action<int, int> body)
    {
        if (count == 0)
        {
            return;
        }

        var cores = parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount;

        // Several ranges per core, so a core that draws the expensive blocks does not hold up the rest.
        var size = Math.Max(smallestRange, count / (cores * 16));
        Parallel.ForEach(Partitioner.Create(0, count, size), parallel, range => body(range.Item1, range.Item2));
    }
}
