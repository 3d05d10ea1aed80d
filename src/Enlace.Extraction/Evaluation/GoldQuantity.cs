namespace Enlace.Extraction.Evaluation;

/// <summary>A figure the gold expects, scored on (measure, population, value); qualifier and attribution are scored apart.</summary>
public sealed record GoldQuantity(string Text, decimal Value, string Qualifier, string Measure, string? Population, string? AttributedTo);
