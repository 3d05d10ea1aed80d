using System.Diagnostics;
using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Harness;
using Enlace.Core.Documents;
using Npgsql;

namespace Enlace.Benchmarks.Search;

/// <summary>
/// `search`: loads a generated corpus into each engine, then times <c>SearchAsync</c> (limit 20) over a seeded query mix,
/// one query at a time after a warm-up, and reports latency percentiles per engine and query class.
/// </summary>
public static class SearchBenchmark
{
    private const double TargetP95Milliseconds = 20;
    private const string Tenant = "bench";

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var engines = args.Engines;
        var documents = args.Int("docs", 100_000);
        var queryCount = args.Int("queries", 500);
        var warmupCount = args.Int("warmup", 100, minimum: 0);
        var seed = args.Int("seed", ReportGenerator.DefaultSeed, minimum: int.MinValue);
        var reuse = args.Flag("reuse");
        var work = args.WorkFolder;
        args.EnsureAllRead();

        Console.WriteLine(await MachineDescription.DescribeAsync(engines));
        var generator = new ReportGenerator(seed);
        var queries = QueryMix.Create(seed, queryCount, documents, generator);
        var warmup = QueryMix.Create(seed + 1, warmupCount, documents, generator);

        var loading = new MarkdownTable("Engine", "Documents", "Load time (s)", "Documents/s", "Database size (MB)");
        var latency = new MarkdownTable("Engine", "Query class", "Queries", "Median matches", "p50 (ms)", "p95 (ms)", "p99 (ms)", "max (ms)");
        var slowest = new MarkdownTable("Engine", "Query", "Class", "Matches", "ms");
        var verdicts = new List<string>();
        foreach (var engine in engines)
        {
            var label = EngineLabel.Of(engine);
            var database = BenchDatabase.Named(engine, "enlace_bench_search", work);
            var loaded = reuse && await HoldsCorpusAsync(database, documents);
            if (!loaded)
            {
                database = await BenchDatabase.FreshAsync(engine, "enlace_bench_search", work);
            }

            await using var store = await database.OpenStoreAsync();
            var tenantId = await store.EnsureTenantAsync(Tenant);
            if (!loaded)
            {
                Console.WriteLine($"{label}: loading {documents:#,0} documents into {database.Description}");
                var elapsed = await CorpusLoader.LoadAsync(store, tenantId, generator, documents);
                await SettleAsync(database);
                loading.Add(label, documents, elapsed.TotalSeconds, documents / elapsed.TotalSeconds, await database.SizeBytesAsync() / (1024.0 * 1024.0));
            }
            else
            {
                Console.WriteLine($"{label}: reusing {documents:#,0} documents in {database.Description}");
            }

            foreach (var query in warmup)
            {
                await store.SearchAsync(tenantId, new SearchQuery(query.Text));
            }

            var timings = new List<(BenchQuery Query, double Milliseconds, int Hits)>(queries.Count);
            var clock = new Stopwatch();
            var cpuBefore = ProcessorTime();
            foreach (var query in queries)
            {
                clock.Restart();
                var hits = await store.SearchAsync(tenantId, new SearchQuery(query.Text, Limit: 20));
                timings.Add((query, clock.Elapsed.TotalMilliseconds, hits.Count));
            }

            var cpuPerQuery = (ProcessorTime() - cpuBefore).TotalMilliseconds / queries.Count;
            var wallPerQuery = timings.Average(t => t.Milliseconds);
            Console.WriteLine($"{label}: mean {wallPerQuery:0.0} ms per query, of which this process used {cpuPerQuery:0.0} ms of CPU (load average {MachineDescription.LoadAverage()})");

            var matches = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var text in timings.Select(t => t.Query.Text).Distinct())
            {
                matches[text] = await MatchCounter.CountAsync(database, text);
            }

            foreach (var group in timings.GroupBy(t => t.Query.Class).OrderBy(g => g.Key))
            {
                AddRow(latency, label, QueryMix.Label(group.Key), group.Select(t => t.Milliseconds), group.Select(t => matches[t.Query.Text]));
            }

            var all = AddRow(latency, label, "**all**", timings.Select(t => t.Milliseconds), timings.Select(t => matches[t.Query.Text]));
            foreach (var (query, milliseconds, _) in timings.OrderByDescending(t => t.Milliseconds).Take(5))
            {
                slowest.Add(label, query.Text.Replace("|", "\\|", StringComparison.Ordinal), QueryMix.Label(query.Class), matches[query.Text], milliseconds);
            }

            verdicts.Add($"target p95 ≤ {TargetP95Milliseconds} ms on {label}: {(all.P95 <= TargetP95Milliseconds ? "met" : "MISSED")} (p95 {all.P95:0.0} ms)");
        }

        Console.WriteLine();
        Console.WriteLine(loading.Count > 0 ? loading : "(corpus reused: no load this run)\n");
        Console.WriteLine(latency);
        Console.WriteLine(slowest);
        verdicts.ForEach(Console.WriteLine);
        return 0;
    }

    // On a shared machine wall-clock latency includes waiting for a core; this process's CPU time does not. For SQLite it
    // is the whole cost of a query; for PostgreSQL it leaves out the server.
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static LatencySummary AddRow(MarkdownTable table, string engine, string queryClass, IEnumerable<double> milliseconds, IEnumerable<long> matches)
    {
        var summary = LatencySummary.Of(milliseconds);
        var sortedMatches = matches.Order().ToArray();
        table.Add(engine, queryClass, summary.Count, sortedMatches[sortedMatches.Length / 2], summary.P50, summary.P95, summary.P99, summary.Max);
        return summary;
    }

    private static async Task<bool> HoldsCorpusAsync(BenchDatabase database, int documents)
    {
        if (database.Engine == BenchEngine.Sqlite && !File.Exists(database.Db))
        {
            return false;
        }

        try
        {
            await using var store = await database.OpenStoreAsync();
            return await store.CountDocumentsAsync(await store.EnsureTenantAsync(Tenant)) == documents;
        }
        catch (Enlace.Storage.StoreUnavailableException)
        {
            return false;
        }
    }

    /// <summary>
    /// PostgreSQL's autovacuum would vacuum and analyse a freshly loaded table within minutes (flushing the GIN pending list
    /// and giving the planner statistics); doing it now measures that steady state rather than the minutes before it.
    /// SQLite keeps no statistics the search uses, and FTS5 merges its index segments as it goes.
    /// </summary>
    private static async Task SettleAsync(BenchDatabase database)
    {
        if (database.Engine != BenchEngine.Postgres)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(database.Db);
        await connection.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync();
    }
}
