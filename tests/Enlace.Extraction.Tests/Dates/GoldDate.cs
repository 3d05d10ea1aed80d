namespace Enlace.Extraction.Tests.Dates;

/// <summary>A date an analyst listed: its verbatim text, where it is, what it resolves to, and what it contradicts.</summary>
public sealed record GoldDate(string Text, int Start, string Resolved, string? InconsistentWith);
