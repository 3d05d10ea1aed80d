namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Wall-clock and CPU milliseconds of each timed pass over a whole set, after the warm-up passes. On a shared machine
/// other work only ever slows a pass down, so the fastest pass is the best estimate of a tool's own speed; the medians
/// show how much the load moved it.
/// </summary>
public sealed record PassTimings(int Warmup, IReadOnlyList<double> WallMs, IReadOnlyList<double> CpuMs)
{
    public double BestWallMs => WallMs.Count == 0 ? double.NaN : WallMs.Min();

    public double MedianWallMs => Median(WallMs);

    public double MedianCpuMs => Median(CpuMs);

    /// <summary>Megabytes (10^6 bytes) of UTF-8 input per second in a pass of <paramref name="milliseconds"/>.</summary>
    public static double MegabytesPerSecond(long bytes, double milliseconds) => bytes / 1e6 / (milliseconds / 1000);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
