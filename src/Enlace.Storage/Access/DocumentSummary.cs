using Enlace.Core.Markings;

namespace Enlace.Storage.Access;

/// <summary>A document as lists show it: everything but its text and bytes.</summary>
public sealed record DocumentSummary(
    Guid Id,
    string FileName,
    string MediaType,
    string? Title,
    string Language,
    DateOnly? PublishedOn,
    long SizeBytes,
    Marking Marking,
    DateTimeOffset IngestedAt);
