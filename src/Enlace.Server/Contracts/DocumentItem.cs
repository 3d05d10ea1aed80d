using Enlace.Storage.Access;

namespace Enlace.Server.Contracts;

/// <summary>A document in a list.</summary>
public sealed record DocumentItem(Guid Id, string FileName, string MediaType, string? Title, string Language, DateOnly? PublishedOn, long SizeBytes, MarkingView Marking, DateTimeOffset IngestedAt)
{
    public static DocumentItem Of(DocumentSummary d) =>
        new(d.Id, d.FileName, d.MediaType, d.Title, d.Language, d.PublishedOn, d.SizeBytes, MarkingView.Of(d.Marking), d.IngestedAt);
}
