namespace Enlace.Extraction.Evaluation;

/// <summary>One disagreement with the gold, for the analyst tuning the extractor to read.</summary>
/// <param name="Kind">"quantity", "date", "entity", "qualifier" or "attribution".</param>
/// <param name="Missing">True when the gold expected it and we did not produce it; false for something extra or wrong.</param>
public sealed record EvaluationMiss(string Document, string Kind, bool Missing, string Detail);
