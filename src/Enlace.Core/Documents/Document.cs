using Enlace.Core.Markings;

namespace Enlace.Core.Documents;

/// <summary>
/// A report as ingested: its original bytes are kept apart (see <see cref="Storage.IDocumentStore"/>), its text is what the
/// readers decoded, and <see cref="Sha256"/> makes re-ingesting the same bytes a no-op within a tenant.
/// </summary>
public sealed record Document(
    Guid Id,
    Guid TenantId,
    Guid? SourceId,
    string Sha256,
    string FileName,
    string MediaType,
    string? Title,
    string Language,
    DateOnly? PublishedOn,
    string Text,
    long SizeBytes,
    Marking Marking,
    DateTimeOffset IngestedAt);
