namespace Enlace.Documents;

/// <summary>What a format reader got out of a file: the plain text analysts read and extraction works on, plus metadata.</summary>
/// <param name="Encoding">The character encoding the text was decoded from, for text formats ("utf-8", "windows-1252").</param>
public sealed record DecodedDocument(string Text, string MediaType, string? Title, DateOnly? PublishedOn, string? Encoding = null);
