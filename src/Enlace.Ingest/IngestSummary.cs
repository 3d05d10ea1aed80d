namespace Enlace.Ingest;

/// <summary>Every file's result with the totals a script reads.</summary>
public sealed record IngestSummary(IReadOnlyList<FileResult> Files, TimeSpan Elapsed)
{
    public int Added => Count(IngestStatus.Added);

    public int Unchanged => Count(IngestStatus.Unchanged);

    public int Failed => Count(IngestStatus.Failed);

    public int Skipped => Count(IngestStatus.Skipped);

    private int Count(IngestStatus status) => Files.Count(f => f.Status == status);
}
