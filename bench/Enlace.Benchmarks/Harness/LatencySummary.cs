namespace Enlace.Benchmarks.Harness;

/// <summary>Latency percentiles in milliseconds, by the nearest-rank method: p95 is a latency some query actually had.</summary>
public sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new(0, 0, 0, 0, 0, 0);
        }

        double Rank(double percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, sorted.Average(), Rank(50), Rank(95), Rank(99), sorted[^1]);
    }
}
