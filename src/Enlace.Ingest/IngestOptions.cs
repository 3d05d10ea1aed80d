using Enlace.Core.Markings;

namespace Enlace.Ingest;

/// <summary>How a run of ingest stores what it reads.</summary>
/// <param name="Language">"es" or "en" to override detection; null to detect per document.</param>
/// <param name="PublishedOn">Overrides the publication date the file's metadata gives.</param>
/// <param name="BatchSize">Documents per transaction: a crash loses at most one uncommitted batch, which a re-run stores.</param>
/// <param name="Extract">Whether to extract statements from each document as it is stored.</param>
public sealed record IngestOptions(
    string Tenant = IngestOptions.DefaultTenant,
    Marking? Marking = null,
    string? Language = null,
    DateOnly? PublishedOn = null,
    long MaxBytes = Documents.DocumentReaderOptions.DefaultMaxBytes,
    int BatchSize = 200,
    bool Extract = true)
{
    public const string DefaultTenant = "local";
}
