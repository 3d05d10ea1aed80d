namespace Enlace.Ingest;

/// <summary>What ingest did with one file.</summary>
public enum IngestStatus
{
    /// <summary>Stored as a new document.</summary>
    Added,

    /// <summary>The tenant already held these exact bytes; nothing was written.</summary>
    Unchanged,

    /// <summary>The file could not become a document; <see cref="FileResult.Reason"/> says why.</summary>
    Failed,

    /// <summary>Not a supported report format; left alone.</summary>
    Skipped,
}
