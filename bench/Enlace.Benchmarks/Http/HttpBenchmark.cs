using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Harness;
using Enlace.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Enlace.Benchmarks.Http;

/// <summary>
/// `http`: a bounded load run against the real server. Prepares the store (<see cref="HttpStore"/>), starts the server
/// exactly as `enlace serve` does (<see cref="EnlaceServer.BuildAsync"/>) on 127.0.0.1 with logging at warning, signs the
/// analyst in through the login endpoint, and drives statement lists, single statements and searches with wrk (or the
/// .NET driver) in a separate process while sampling the server's memory every few seconds.
/// </summary>
public static class HttpBenchmark
{
    private const double TargetRequestsPerSecond = 2_000;
    private const double TargetP99Milliseconds = 100;

    // The memory is called flat when the last minute's mean is within this share of the first minute's.
    private const double FlatGrowth = 0.10;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var engines = args.Text("engine", "sqlite") is "sqlite" ? [BenchEngine.Sqlite] : args.Engines;
        var documents = args.Int("docs", 10_000);
        var duration = args.Int("duration", 300);
        var warmup = args.Int("warmup", 15, minimum: 0);
        var connections = args.Int("connections", 16);
        var threads = args.Int("threads", 2);
        var sampleEvery = args.Int("sample", 5);
        var urlCount = args.Int("urls", 3_000);
        var seed = args.Int("seed", ReportGenerator.DefaultSeed, minimum: int.MinValue);
        var reuse = args.Flag("reuse");
        var kind = Enum.TryParse<RequestKind>(args.Text("mix", "all"), ignoreCase: true, out var k) && Enum.IsDefined(k)
            ? k
            : throw new ArgumentException("--mix must be all, lists, single or search");
        var driverName = args.Text("driver", "auto");
        var work = args.WorkFolder;
        args.EnsureAllRead();

        var wrk = driverName switch
        {
            "auto" => WrkDriver.Find(),
            "wrk" => WrkDriver.Find() ?? throw new ArgumentException("--driver wrk: wrk is not on the PATH (apt-get install -y wrk)"),
            "dotnet" => null,
            _ => throw new ArgumentException($"--driver must be auto, wrk or dotnet, not '{driverName}'"),
        };

        Console.WriteLine(await MachineDescription.DescribeAsync(engines));
        Console.WriteLine($"driver:      {(wrk is null ? "the .NET driver (http-drive) in a child process" : $"{wrk} in a child process")}, {connections} connections" +
                          (wrk is null ? "" : $", {threads} threads") + $"; mix {kind.ToString().ToLowerInvariant()}; {warmup} s warm-up, then {duration} s");
        Directory.CreateDirectory(work);

        var results = new MarkdownTable("Engine", "Driver", "Mix", "Conn.", "Seconds", "Requests", "Requests/s", "p50 (ms)", "p90 (ms)", "p99 (ms)", "max (ms)",
            "Errors", "Non-2xx", "Server CPU/req (ms)", "Driver CPU/req (ms)", "Load avg (start → end)");
        var verdicts = new List<string>();
        var series = new List<string>();
        foreach (var engine in engines)
        {
            var label = EngineLabel.Of(engine);
            var prepared = await HttpStore.PrepareAsync(engine, documents, seed, reuse, work);
            var password = await HttpStore.AnalystPasswordAsync(prepared.Database);

            // What the ingest left behind is not the server's; start from a compacted heap.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
            var app = await EnlaceServer.BuildAsync(new ServerOptions(prepared.Database.Db, "http://127.0.0.1:0"));
            await using (app)
            {
                await app.StartAsync();
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                Console.WriteLine($"{label}: server on {address} ({app.Environment.EnvironmentName}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
                                  $"{(IsOptimised() ? "Release" : "Debug")} build)");

                using var client = new HttpClient { BaseAddress = new Uri(address) };
                var token = await SignInAsync(client, password);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var urls = await UrlMix.BuildAsync(client, kind, urlCount, seed, documents);
                var urlFile = Path.Combine(work, "http-urls.txt");
                await File.WriteAllLinesAsync(urlFile, urls);
                Console.WriteLine($"{label}: {urls.Count:#,0} URLs: " + string.Join(", ", urls.GroupBy(UrlMix.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));

                Task<(LoadResult Result, string Output)> Drive(int seconds) => wrk is null
                    ? DotnetDriver.RunAsync(address, token, urlFile, connections, seconds)
                    : WrkDriver.RunAsync(wrk, address, token, urlFile, connections, threads, seconds, work);

                if (warmup > 0)
                {
                    var (warm, _) = await Drive(warmup);
                    Console.WriteLine($"{label}: warm-up {warm.RequestsPerSecond:#,0} requests/s, p99 {warm.P99 / 1000:0.0} ms, {warm.Errors} errors, {warm.Non2xx} non-2xx");
                }

                var loadBefore = MachineDescription.LoadAverage();
                var childCpuBefore = ChildProcess.ChildrenProcessorTime();
                LoadResult result;
                string output;
                IReadOnlyList<MemorySample> samples;
                await using (var sampler = new MemorySampler(TimeSpan.FromSeconds(sampleEvery)))
                {
                    (result, output) = await Drive(duration);
                    await sampler.DisposeAsync();
                    samples = sampler.Samples;
                }

                var driverCpu = ChildProcess.ChildrenProcessorTime() - childCpuBefore;
                var serverCpu = samples[^1].CpuSeconds - samples[0].CpuSeconds;
                Console.WriteLine(output.TrimEnd());
                results.Add(label, wrk is null ? ".NET" : "wrk", kind.ToString().ToLowerInvariant(), connections, result.Seconds, result.Requests, result.RequestsPerSecond,
                    result.P50 / 1000, result.P90 / 1000, result.P99 / 1000, result.Max / 1000, result.Errors, result.Non2xx,
                    serverCpu * 1000 / Math.Max(1, result.Requests), driverCpu.TotalMilliseconds / Math.Max(1, result.Requests),
                    $"{loadBefore} → {MachineDescription.LoadAverage()}");
                if (result.StatusNotes.Length > 0)
                {
                    Console.WriteLine($"{label}: answers outside 2xx (status:url): {result.StatusNotes}");
                }

                series.Add($"{label} — server memory every {sampleEvery} s:{Environment.NewLine}{Series(samples)}");
                verdicts.Add(Verdict(label, result, samples, serverCpu, driverCpu));
                await app.StopAsync();
            }
        }

        Console.WriteLine();
        Console.WriteLine($"store: {documents:#,0} generated reports with their extracted statements, one agency; the analyst reads through a bearer token");
        Console.WriteLine(results);
        series.ForEach(Console.WriteLine);
        verdicts.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<string> SignInAsync(HttpClient client, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/account/login", new { userName = HttpStore.Analyst, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token?.AccessToken ?? throw new InvalidOperationException("sign-in answered no access token");
    }

    private static string Series(IReadOnlyList<MemorySample> samples)
    {
        var table = new MarkdownTable("t (s)", "Working set (MB)", "Anonymous (MB)", "GC heap (MB)", "GC committed (MB)", "Gen0/1/2 collections", "Server CPU (s)", "Load avg");
        var start = samples[0];
        foreach (var s in samples)
        {
            table.Add(s.Seconds, s.WorkingSetMb, s.AnonymousMb, s.GcHeapMb, s.GcCommittedMb, $"{s.Gen0 - start.Gen0}/{s.Gen1 - start.Gen1}/{s.Gen2 - start.Gen2}", s.CpuSeconds - start.CpuSeconds, s.Load);
        }

        return table.ToString();
    }

    private static string Verdict(string label, LoadResult result, IReadOnlyList<MemorySample> samples, double serverCpu, TimeSpan driverCpu)
    {
        // "First" and "last" minute; a short development run compares its first and last quarter instead.
        var end = samples[^1].Seconds;
        var window = Math.Min(60, end / 4);
        var first = samples.Where(s => s.Seconds <= window).ToList();
        var last = samples.Where(s => s.Seconds >= end - window).ToList();
        double Growth(Func<MemorySample, double> of) => (last.Average(of) / first.Average(of)) - 1;
        var workingSet = Growth(s => s.WorkingSetMb);
        var anonymous = Growth(s => s.AnonymousMb);
        var heap = Growth(s => s.GcHeapMb);
        var flat = workingSet <= FlatGrowth && anonymous <= FlatGrowth && heap <= FlatGrowth;
        var p99 = result.P99 / 1000;
        var met = result.RequestsPerSecond >= TargetRequestsPerSecond && p99 <= TargetP99Milliseconds && result.Errors == 0 && result.Non2xx == 0;
        var cpuPerRequest = (serverCpu + driverCpu.TotalSeconds) / Math.Max(1, result.Requests);
        var invariant = CultureInfo.InvariantCulture;
        return string.Create(invariant,
            $"""
            {label}: target ≥ {TargetRequestsPerSecond:#,0} requests/s with p99 ≤ {TargetP99Milliseconds} ms and no errors: {(met ? "met" : "MISSED")} ({result.RequestsPerSecond:#,0} requests/s, p99 {p99:0.0} ms, {result.Errors} errors, {result.Non2xx} non-2xx)
            {label}: memory over {window:0} s at the start and the end: working set {first.Average(s => s.WorkingSetMb):0} → {last.Average(s => s.WorkingSetMb):0} MB ({workingSet:+0.0%;-0.0%}), anonymous {first.Average(s => s.AnonymousMb):0} → {last.Average(s => s.AnonymousMb):0} MB ({anonymous:+0.0%;-0.0%}), GC heap {first.Average(s => s.GcHeapMb):0} → {last.Average(s => s.GcHeapMb):0} MB ({heap:+0.0%;-0.0%}): {(flat ? "flat" : "GROWING")}
            {label}: server and driver together used {cpuPerRequest * 1000:0.000} ms of CPU per request; two idle cores would serve about {2 / cpuPerRequest:#,0} requests/s
            """);
    }

    private static bool IsOptimised() =>
        typeof(EnlaceServer).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];

    private sealed record TokenResponse(string AccessToken);
}
