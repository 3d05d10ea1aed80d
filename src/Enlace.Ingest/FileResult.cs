namespace Enlace.Ingest;

/// <summary>The outcome of ingesting one file.</summary>
public sealed record FileResult(string Path, IngestStatus Status, Guid? DocumentId = null, string? Language = null, string? Reason = null);
