using Enlace.Core.Documents;

namespace Enlace.Server.Contracts;

/// <summary>A search result; the snippet marks matches between ⟦ and ⟧.</summary>
public sealed record SearchItem(Guid DocumentId, string FileName, string? Title, string Language, DateOnly? PublishedOn, string Snippet, double Score)
{
    public static SearchItem Of(SearchHit h) => new(h.DocumentId, h.FileName, h.Title, h.Language, h.PublishedOn, h.Snippet, h.Score);
}
