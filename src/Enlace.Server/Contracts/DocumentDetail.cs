using Enlace.Core.Documents;

namespace Enlace.Server.Contracts;

/// <summary>A document with its decoded text; statement spans are offsets into <see cref="Text"/>.</summary>
public sealed record DocumentDetail(Guid Id, string FileName, string MediaType, string? Title, string Language, DateOnly? PublishedOn, long SizeBytes, string Sha256, MarkingView Marking, DateTimeOffset IngestedAt, string Text)
{
    public static DocumentDetail Of(Document d) =>
        new(d.Id, d.FileName, d.MediaType, d.Title, d.Language, d.PublishedOn, d.SizeBytes, d.Sha256, MarkingView.Of(d.Marking), d.IngestedAt, d.Text);
}
