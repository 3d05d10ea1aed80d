using System.Globalization;

namespace Enlace.Benchmarks.Http;

/// <summary>
/// What one load run measured, as both drivers print it: one <c>ENLACE key=value</c> line per figure on standard output,
/// so the harness reads wrk and the .NET driver the same way. Latencies are in microseconds, as wrk gives them.
/// </summary>
public sealed record LoadResult(
    long Requests,
    double Seconds,
    double P50,
    double P90,
    double P99,
    double Max,
    double Mean,
    long Errors,
    long Non2xx,
    string StatusNotes)
{
    public const string Prefix = "ENLACE ";

    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>Reads the <c>ENLACE</c> lines out of a driver's output; anything else (wrk's own report) is ignored.</summary>
    /// <exception cref="InvalidOperationException">A figure is missing, so the driver did not finish.</exception>
    public static LoadResult Parse(string output)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            if (!line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var pair in line[Prefix.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    values[pair[..equals]] = pair[(equals + 1)..];
                }
            }
        }

        double Number(string key) => values.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"the load driver did not report '{key}'; its output was:{Environment.NewLine}{output}");

        return new LoadResult((long)Number("requests"), Number("duration_us") / 1e6, Number("p50"), Number("p90"), Number("p99"), Number("max"), Number("mean"),
            (long)Number("errors"), (long)Number("non2xx"), values.GetValueOrDefault("statuses", "").Replace(',', ' '));
    }
}
