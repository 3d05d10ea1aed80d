namespace Enlace.Extraction.Evaluation;

/// <summary>The scores of an extraction run against a gold file.</summary>
public sealed record EvaluationReport(
    int Documents,
    Score Quantities,
    Score Dates,
    Score Entities,
    Accuracy Qualifiers,
    Accuracy Attributions,
    IReadOnlyList<EvaluationMiss> Misses);
