using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Enlace.Benchmarks.Http;

/// <summary>
/// The fallback when wrk is absent: <c>http-drive</c>, a small HttpClient load driver that the harness starts as a child
/// process so it does not share the server's runtime. A fixed number of connections each send one request at a time
/// (as wrk does), walking the URL list from their own offsets, and every latency is kept to the end.
/// </summary>
public static class DotnetDriver
{
    public static async Task<(LoadResult Result, string Output)> RunAsync(string baseUrl, string token, string urlFile, int connections, int seconds)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which program is running");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(DotnetDriver).Assembly.Location);
        }

        foreach (var argument in new[] { "http-drive", baseUrl, urlFile, connections.ToString(CultureInfo.InvariantCulture), seconds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ENLACE_TOKEN"] = token;
        return await ChildProcess.RunAsync(start);
    }

    /// <summary>The child's side: <c>http-drive BASE-URL URL-FILE CONNECTIONS SECONDS</c>, the token in ENLACE_TOKEN.</summary>
    public static async Task<int> DriveAsync(IReadOnlyList<string> args)
    {
        if (args.Count != 4 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var connections) || !int.TryParse(args[3], CultureInfo.InvariantCulture, out var seconds))
        {
            await Console.Error.WriteLineAsync("usage: http-drive BASE-URL URL-FILE CONNECTIONS SECONDS (bearer token in ENLACE_TOKEN)");
            return 2;
        }

        var paths = (await File.ReadAllLinesAsync(args[1])).Where(l => l.Length > 0).ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = new Uri(args[0]),
            Timeout = TimeSpan.FromSeconds(10),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("ENLACE_TOKEN"));

        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var tally = new Tally();
            var position = worker * 7919 % paths.Length;
            while (clock.Elapsed < end)
            {
                position = (position + 1) % paths.Length;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(paths[position], HttpCompletionOption.ResponseContentRead);
                    tally.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        tally.Non2xx++;
                        tally.Statuses.Add($"{(int)response.StatusCode}:{paths[position]}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    tally.Errors++;
                }
            }

            return tally;
        })).ToList();

        var tallies = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var latencies = tallies.SelectMany(t => t.Latencies).Order().ToArray();
        double Rank(double percent) => latencies.Length == 0 ? 0 : latencies[Math.Clamp((int)Math.Ceiling(percent / 100 * latencies.Length) - 1, 0, latencies.Length - 1)];
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant,
            $"{LoadResult.Prefix}requests={latencies.Length} duration_us={elapsed.TotalMicroseconds:0} errors={tallies.Sum(t => t.Errors)} non2xx={tallies.Sum(t => t.Non2xx)}"));
        Console.WriteLine(string.Create(invariant,
            $"{LoadResult.Prefix}p50={Rank(50):0} p90={Rank(90):0} p99={Rank(99):0} max={(latencies.Length > 0 ? latencies[^1] : 0):0} mean={(latencies.Length > 0 ? latencies.Average() : 0):0.0}"));
        Console.WriteLine($"{LoadResult.Prefix}statuses={string.Join(',', tallies.SelectMany(t => t.Statuses).Take(10))}");
        return 0;
    }

    private sealed class Tally
    {
        public List<double> Latencies { get; } = new(100_000);

        public List<string> Statuses { get; } = [];

        public long Errors { get; set; }

        public long Non2xx { get; set; }
    }
}
