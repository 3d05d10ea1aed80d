using System.Diagnostics;
using Enlace.Core.Documents;
using Enlace.Core.Markings;
using Enlace.Core.Storage;
using Enlace.Documents;
using Enlace.Extraction.Language;

namespace Enlace.Ingest;

/// <summary>
/// Reads files into documents and stores them in batches, one transaction per batch. Idempotent: bytes the tenant
/// already holds are reported unchanged without decoding them again, so a re-run after a crash resumes where the
/// last committed batch ended. A file that cannot be read fails alone; the rest of the batch goes on.
/// </summary>
public sealed class IngestPipeline(IDocumentStore store, IngestOptions options)
{
    private readonly DocumentReader _reader = new(new DocumentReaderOptions(options.MaxBytes));

    public async Task<IngestSummary> RunAsync(IngestPlan plan, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var tenantId = await store.EnsureTenantAsync(options.Tenant, cancellationToken);
        var results = new List<FileResult>(plan.Files.Count + plan.NotIngested.Count);
        results.AddRange(plan.NotIngested.Where(r => r.Status == IngestStatus.Failed));
        var tally = new Tally(plan.Files.Count, results.Count);
        var pending = new List<(string Path, NewDocument Document)>();
        foreach (var path in plan.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await PrepareAsync(tenantId, path, cancellationToken);
            tally.Read();
            if (result.Document is { } document)
            {
                pending.Add((path, document));
                if (pending.Count >= options.BatchSize)
                {
                    await FlushAsync(tenantId, pending, results, tally, cancellationToken);
                }
            }
            else
            {
                results.Add(result.Outcome);
                tally.Count(result.Outcome.Status);
            }

            progress?.Report(tally.Snapshot(clock.Elapsed, path));
        }

        await FlushAsync(tenantId, pending, results, tally, cancellationToken);
        progress?.Report(tally.Snapshot(clock.Elapsed, null));
        results.AddRange(plan.NotIngested.Where(r => r.Status == IngestStatus.Skipped));
        return new IngestSummary(results, clock.Elapsed);
    }

    private async Task<(NewDocument? Document, FileResult Outcome)> PrepareAsync(Guid tenantId, string path, CancellationToken cancellationToken)
    {
        try
        {
            DocumentReader.EnsureAcceptableSize(new FileInfo(path).Length, new DocumentReaderOptions(options.MaxBytes));
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var sha256 = ContentHash.Of(bytes);
            if (await store.FindBySha256Async(tenantId, sha256, cancellationToken) is { } existing)
            {
                return (null, new FileResult(path, IngestStatus.Unchanged, existing));
            }

            var decoded = _reader.Read(Path.GetFileName(path), bytes);
            var language = options.Language ?? LanguageDetector.Detect(decoded.Text);
            var document = new NewDocument(
                Path.GetFileName(path),
                decoded.MediaType,
                decoded.Title,
                language,
                options.PublishedOn ?? decoded.PublishedOn,
                decoded.Text,
                bytes,
                options.Marking ?? Marking.Default);
            return (document, new FileResult(path, IngestStatus.Added, document.Id, language));
        }
        catch (DocumentRejectedException e)
        {
            return (null, new FileResult(path, IngestStatus.Failed, Reason: e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new FileResult(path, IngestStatus.Failed, Reason: $"cannot read the file: {e.Message}"));
        }
    }

    private async Task FlushAsync(Guid tenantId, List<(string Path, NewDocument Document)> pending, List<FileResult> results, Tally tally, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var stored = await store.AddDocumentsAsync(tenantId, [.. pending.Select(p => p.Document)], cancellationToken);
        for (var i = 0; i < pending.Count; i++)
        {
            var status = stored[i].Outcome == StoreOutcome.Added ? IngestStatus.Added : IngestStatus.Unchanged;
            results.Add(new FileResult(pending[i].Path, status, stored[i].Id, pending[i].Document.Language));
            tally.Count(status);
        }

        pending.Clear();
    }

    private sealed class Tally(int total, int failedUpFront)
    {
        private int _done;
        private int _added;
        private int _unchanged;
        private int _failed = failedUpFront;

        public void Read() => _done++;

        public void Count(IngestStatus status)
        {
            switch (status)
            {
                case IngestStatus.Added: _added++; break;
                case IngestStatus.Unchanged: _unchanged++; break;
                case IngestStatus.Failed: _failed++; break;
            }
        }

        // Files waiting in an unflushed batch count as done for the rate but not yet as added.
        public IngestProgress Snapshot(TimeSpan elapsed, string? current) =>
            new(total, _done, _added, _unchanged, _failed, elapsed, current);
    }
}
