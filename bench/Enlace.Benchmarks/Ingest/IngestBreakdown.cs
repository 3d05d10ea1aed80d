using System.Diagnostics;
using Enlace.Benchmarks.Harness;
using Enlace.Core.Documents;
using Enlace.Core.Markings;
using Enlace.Core.Storage;
using Enlace.Documents;
using Enlace.Extraction.Language;
using Enlace.Ingest;

namespace Enlace.Benchmarks.Ingest;

/// <summary>
/// `ingest --breakdown`: the pipeline's stages timed one at a time, on one thread, over the same files, to show where an
/// ingest's time goes. The stages are those of <see cref="IngestPipeline"/> (which runs reading and decoding on every
/// core); the duplicate lookup and the store run batch by batch against a fresh database of their own.
/// </summary>
public static class IngestBreakdown
{
    public static async Task<MarkdownTable> RunAsync(BenchEngine engine, string folder, string workFolder)
    {
        var table = new MarkdownTable("Engine", "Stage", "Total (s)", "µs per document", "Share of the sum");
        var files = IngestPlan.For([folder]).Files;
        var stages = new List<(string Name, TimeSpan Elapsed)>();
        var clock = Stopwatch.StartNew();

        var contents = files.Select(File.ReadAllBytes).ToList();
        stages.Add(("read files", clock.Elapsed));

        clock.Restart();
        var hashes = contents.Select(bytes => ContentHash.Of(bytes)).ToList();
        stages.Add(("SHA-256", clock.Elapsed));

        var reader = new DocumentReader();
        clock.Restart();
        var decoded = files.Select((path, i) => reader.Read(Path.GetFileName(path), contents[i])).ToList();
        stages.Add(("decode", clock.Elapsed));

        clock.Restart();
        var languages = decoded.Select(d => LanguageDetector.Detect(d.Text)).ToList();
        stages.Add(("detect language", clock.Elapsed));

        clock.Restart();
        var documents = files.Select((path, i) =>
            new NewDocument(Path.GetFileName(path), decoded[i].MediaType, null, languages[i], null, decoded[i].Text, contents[i], Marking.Default)).ToList();
        stages.Add(("build documents (hashes again)", clock.Elapsed));

        var database = await BenchDatabase.FreshAsync(engine, "enlace_bench_breakdown", workFolder);
        await using (var store = await database.OpenStoreAsync())
        {
            var tenantId = await store.EnsureTenantAsync("bench");
            var batchSize = new IngestOptions().BatchSize;
            clock.Restart();
            foreach (var batch in hashes.Chunk(batchSize))
            {
                await store.FindBySha256Async(tenantId, batch);
            }

            stages.Add(($"duplicate lookup, one query per {batchSize}", clock.Elapsed));

            clock.Restart();
            foreach (var batch in documents.Chunk(batchSize))
            {
                await ((IDocumentStore)store).AddDocumentsAsync(tenantId, batch);
            }

            stages.Add(($"store, batches of {batchSize}", clock.Elapsed));
        }

        var sum = stages.Sum(s => s.Elapsed.TotalSeconds);
        foreach (var (name, elapsed) in stages)
        {
            table.Add(EngineLabel.Of(engine), name, elapsed.TotalSeconds, elapsed.TotalMicroseconds / files.Count, $"{elapsed.TotalSeconds / sum:P0}");
        }

        return table;
    }
}
