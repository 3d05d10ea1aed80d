namespace Enlace.Extraction;

/// <summary>Everything extracted from one document's text; the shape of one line of `enlace extract`.</summary>
/// <param name="Published">The publication date given, or else the one read from the document's dateline or footer.</param>
public sealed record ExtractionResult(
    string Language,
    DateOnly? Published,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<RelationMention> Relations)
{
    /// <summary>The happenings the document reports, each with the figures and dates stated about it.</summary>
    public IReadOnlyList<Events.EventFrame> Frames { get; init; } = [];
}
