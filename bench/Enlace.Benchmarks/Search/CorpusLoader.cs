using System.Diagnostics;
using System.Text;
using Enlace.Benchmarks.Corpus;
using Enlace.Core.Documents;
using Enlace.Core.Markings;
using Enlace.Storage;

namespace Enlace.Benchmarks.Search;

/// <summary>
/// Fills a store with generated reports through <see cref="SqlStore.AddDocumentsAsync"/> in batches of 1,000: the store's
/// own write path, without the file reading and decoding that the ingest benchmark measures.
/// </summary>
public static class CorpusLoader
{
    private const int BatchSize = 1_000;

    /// <summary>Loads reports 0 to <paramref name="count"/>-1 and returns how long storing them took (generation excluded).</summary>
    public static async Task<TimeSpan> LoadAsync(SqlStore store, Guid tenantId, ReportGenerator generator, int count)
    {
        var storing = new Stopwatch();
        for (var first = 0; first < count; first += BatchSize)
        {
            var batch = generator.Generate(first, Math.Min(BatchSize, count - first))
                .Select(r => new NewDocument(r.FileName, "text/plain", null, r.Language, r.EventDate, r.Text, Encoding.UTF8.GetBytes(r.Text), Marking.Default))
                .ToList();
            storing.Start();
            await store.AddDocumentsAsync(tenantId, batch);
            storing.Stop();
            if ((first / BatchSize) % 10 == 9)
            {
                Console.WriteLine($"  loaded {first + batch.Count:#,0} of {count:#,0} ({(first + batch.Count) / storing.Elapsed.TotalSeconds:#,0} documents/s)");
            }
        }

        return storing.Elapsed;
    }
}
