using System.Diagnostics;
using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Harness;
using Enlace.Ingest;

namespace Enlace.Benchmarks.Ingest;

/// <summary>
/// `ingest`: writes a generated corpus to disk, then times the real <see cref="IngestPipeline"/> over it (plan, read, hash,
/// decode, detect language, optionally extract statements, store in batches of 200) into a fresh database per engine and run.
/// </summary>
public static class IngestBenchmark
{
    private const double SqliteTargetDocumentsPerSecond = 2_000;
    private const double Megabyte = 1024 * 1024;

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var engines = args.Engines;
        var count = args.Int("count", 10_000);
        var repeat = args.Int("repeat", 1);
        var seed = args.Int("seed", ReportGenerator.DefaultSeed, minimum: int.MinValue);
        var breakdown = args.Flag("breakdown");

        // Issue 3's target is for storing documents; `--extract` measures ingest with statement extraction as well.
        var extract = args.Flag("extract");
        var work = args.WorkFolder;
        args.EnsureAllRead();

        Console.WriteLine(await MachineDescription.DescribeAsync(engines));
        var folder = Path.Combine(work, "ingest-files");
        var clock = Stopwatch.StartNew();
        var bytes = ReportFiles.Write(folder, count, seed);
        Console.WriteLine($"wrote {count:#,0} reports ({bytes / Megabyte:0.0} MB, {bytes / count:#,0} bytes each on average) to {folder} in {clock.Elapsed.TotalSeconds:0.0} s");

        var table = new MarkdownTable("Engine", "Run", "Documents", "Total time (s)", "Documents/s", "MB/s", "Process CPU (s)", "Peak working set (MB)", "Languages detected");
        var rates = new Dictionary<BenchEngine, List<double>>();
        foreach (var engine in engines)
        {
            var engineRates = rates[engine] = [];
            for (var run = 1; run <= repeat; run++)
            {
                var database = await BenchDatabase.FreshAsync(engine, "enlace_bench_ingest", work);
                await using var store = await database.OpenStoreAsync();
                var pipeline = new IngestPipeline(store, new IngestOptions(Extract: extract));
                var exactPeak = PeakWorkingSet.Reset();

                var cpuBefore = ProcessorTime();
                clock.Restart();
                var summary = await pipeline.RunAsync(IngestPlan.For([folder]));
                var seconds = clock.Elapsed.TotalSeconds;
                var cpu = ProcessorTime() - cpuBefore;
                var peak = PeakWorkingSet.Read();

                if (summary.Added != count)
                {
                    await Console.Error.WriteLineAsync($"{engine}: expected {count} documents added, got {summary.Added} added, {summary.Unchanged} unchanged, {summary.Failed} failed");
                    return 1;
                }

                var languages = string.Join(", ", summary.Files.GroupBy(f => f.Language ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
                engineRates.Add(count / seconds);
                table.Add(EngineLabel.Of(engine), run, count, seconds, count / seconds, bytes / Megabyte / seconds, cpu.TotalSeconds,
                    (peak / Megabyte).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + (exactPeak ? "" : " (process)"), languages);
                Console.WriteLine($"{EngineLabel.Of(engine)} run {run}: {count / seconds:#,0} documents/s into {database.Description} (load average {MachineDescription.LoadAverage()})");
            }
        }

        Console.WriteLine();
        Console.WriteLine(table);
        if (rates.TryGetValue(BenchEngine.Sqlite, out var sqlite))
        {
            var median = sqlite.Order().ElementAt(sqlite.Count / 2);
            Console.WriteLine($"target ≥ {SqliteTargetDocumentsPerSecond:#,0} documents/s into SQLite: {(median >= SqliteTargetDocumentsPerSecond ? "met" : "MISSED")} (median {median:#,0})");
        }

        if (breakdown)
        {
            foreach (var engine in engines)
            {
                Console.WriteLine();
                Console.WriteLine(await IngestBreakdown.RunAsync(engine, folder, work));
            }
        }

        return 0;
    }

    // CPU time of this process alone: on a shared machine it moves far less than wall-clock time when others are busy.
    // It leaves out the PostgreSQL server's own work.
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
