namespace Enlace.Extraction.Tests.Entities;

/// <summary>A gold figure: its verbatim text (first occurrence is its span) and who the text credits with it.</summary>
public sealed record GoldQuantity(string Text, string? AttributedTo);
