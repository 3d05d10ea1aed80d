namespace Enlace.Extraction.Evaluation;

/// <summary>A date expression the gold expects, scored on its resolved value.</summary>
public sealed record GoldDate(string Text, string Resolved);
