namespace Enlace.Benchmarks.Peers;

/// <summary>Wall-clock and CPU milliseconds of each timed pass over a whole set, after the warm-up passes.</summary>
public sealed record PassTimings(int Warmup, IReadOnlyList<double> WallMs, IReadOnlyList<double> CpuMs)
{
    public double MedianWallMs => Median(WallMs);

    public double MedianCpuMs => Median(CpuMs);

    /// <summary>Megabytes (10^6 bytes) of UTF-8 input per second of the median pass.</summary>
    public double MegabytesPerSecond(long bytes, bool cpu = false) => bytes / 1e6 / ((cpu ? MedianCpuMs : MedianWallMs) / 1000);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
