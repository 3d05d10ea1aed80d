namespace Enlace.Core.Documents;

/// <summary>One full-text search result: the document, a snippet around the match (matches between ⟦ and ⟧) and the engine's relevance score.</summary>
public sealed record SearchHit(
    Guid DocumentId,
    string FileName,
    string? Title,
    string Language,
    DateOnly? PublishedOn,
    string Snippet,
    double Score);
