using System.Diagnostics;
using Enlace.Core.Documents;
using Enlace.Core.Markings;
using Enlace.Core.Storage;
using Enlace.Documents;
using Enlace.Extraction;
using Enlace.Extraction.Language;

namespace Enlace.Ingest;

/// <summary>
/// Reads files into documents and stores them in batches, one transaction per batch. Idempotent: bytes the tenant
/// already holds are reported unchanged without decoding them again, so a re-run after a crash resumes where the
/// last committed batch ended. A file that cannot be read fails alone; the rest of the batch goes on. Reading and
/// decoding run on every core; writing is one transaction at a time.
/// </summary>
public sealed class IngestPipeline(IDocumentStore store, IngestOptions options)
{
    private readonly DocumentReaderOptions _readerOptions = new(options.MaxBytes);
    private readonly DocumentReader _reader = new(new DocumentReaderOptions(options.MaxBytes));

    public async Task<IngestSummary> RunAsync(IngestPlan plan, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var tenantId = await store.EnsureTenantAsync(options.Tenant, cancellationToken);
        var results = new List<FileResult>(plan.Files.Count + plan.NotIngested.Count);
        results.AddRange(plan.NotIngested.Where(r => r.Status == IngestStatus.Failed));
        var tally = new IngestTally(plan.Files.Count, results.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        foreach (var chunk in plan.Files.Chunk(Math.Max(1, options.BatchSize)))
        {
            var files = new Candidate[chunk.Length];
            await Parallel.ForAsync(0, chunk.Length, parallel, async (i, token) => files[i] = await ReadAsync(chunk[i], token));

            var known = await store.FindBySha256Async(tenantId, [.. files.Where(f => f.Sha256 is not null).Select(f => f.Sha256!)], cancellationToken);
            Parallel.For(0, files.Length, parallel, i =>
            {
                files[i] = Decode(files[i], known);
                tally.Read(files[i].Outcome.Status);
                progress?.Report(tally.Snapshot(clock.Elapsed, files[i].Path));
            });

            var fresh = files.Where(f => f.Document is not null).ToList();
            var stored = fresh.Count == 0 ? [] : await store.AddDocumentsAsync(tenantId, [.. fresh.Select(f => f.Document!)], cancellationToken);
            var storedByPath = fresh.Select((f, i) => (f.Path, stored[i])).ToDictionary(p => p.Path, p => p.Item2, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var outcome = storedByPath.TryGetValue(file.Path, out var s)
                    ? file.Outcome with { Status = s.Outcome == StoreOutcome.Added ? IngestStatus.Added : IngestStatus.Unchanged, DocumentId = s.Id }
                    : file.Outcome;
                results.Add(outcome);
                tally.Stored(outcome.Status);
            }

            progress?.Report(tally.Snapshot(clock.Elapsed, null));
        }

        results.AddRange(plan.NotIngested.Where(r => r.Status == IngestStatus.Skipped));
        return new IngestSummary(results, clock.Elapsed);
    }

    private async Task<Candidate> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            DocumentReader.EnsureAcceptableSize(new FileInfo(path).Length, _readerOptions);
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return new Candidate(path, bytes, ContentHash.Of(bytes), null, new FileResult(path, IngestStatus.Added));
        }
        catch (DocumentRejectedException e)
        {
            return Failed(path, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"cannot read the file: {e.Message}");
        }
    }

    private Candidate Decode(Candidate file, IReadOnlyDictionary<string, Guid> known)
    {
        if (file.Bytes is not { } bytes || file.Sha256 is not { } sha256)
        {
            return file;
        }

        if (known.TryGetValue(sha256, out var existing))
        {
            return file with { Bytes = null, Outcome = new FileResult(file.Path, IngestStatus.Unchanged, existing) };
        }

        try
        {
            var decoded = _reader.Read(Path.GetFileName(file.Path), bytes);
            var language = options.Language ?? LanguageDetector.Detect(decoded.Text);
            var published = options.PublishedOn ?? decoded.PublishedOn;
            var extraction = options.Extract ? Extractor.Extract(decoded.Text, LanguageCode.IsSupported(language) ? language : null, published) : null;
            var document = new NewDocument(
                Path.GetFileName(file.Path),
                decoded.MediaType,
                decoded.Title,
                language,
                published ?? extraction?.Published,
                decoded.Text,
                bytes,
                options.Marking ?? Marking.Default);
            if (extraction is not null)
            {
                document = ExtractedStatements.Attach(document, extraction, DateTimeOffset.UtcNow);
            }

            return file with { Bytes = null, Document = document, Outcome = new FileResult(file.Path, IngestStatus.Added, document.Id, language) };
        }
        catch (DocumentRejectedException e)
        {
            return Failed(file.Path, e.Message);
        }
    }

    private static Candidate Failed(string path, string reason) =>
        new(path, null, null, null, new FileResult(path, IngestStatus.Failed, Reason: reason));

    /// <summary>A file on its way through the pipeline: read, then decoded into a document or given its outcome.</summary>
    private sealed record Candidate(string Path, byte[]? Bytes, string? Sha256, NewDocument? Document, FileResult Outcome);
}
