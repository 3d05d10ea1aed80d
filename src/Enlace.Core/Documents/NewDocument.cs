using Enlace.Core.Markings;

namespace Enlace.Core.Documents;

/// <summary>A decoded report on its way into the store, with the bytes it was decoded from.</summary>
public sealed record NewDocument(
    string FileName,
    string MediaType,
    string? Title,
    string Language,
    DateOnly? PublishedOn,
    string Text,
    ReadOnlyMemory<byte> Original,
    Marking Marking,
    Guid? SourceId = null)
{
    /// <summary>Assigned before storing so that statements extracted from the document can point at it in the same batch.</summary>
    public Guid Id { get; } = Guid.CreateVersion7();

    public string Sha256 { get; } = ContentHash.Of(Original.Span);

    /// <summary>Statements extracted from this document, stored in the same transaction; dropped if the document was already there.</summary>
    public IReadOnlyList<Statements.Statement> Statements { get; init; } = [];

    /// <summary>Entities the statements refer to that the store may not hold yet.</summary>
    public IReadOnlyList<Entities.Entity> Entities { get; init; } = [];
}
