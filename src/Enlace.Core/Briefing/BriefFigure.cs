namespace Enlace.Core.Briefing;

/// <summary>One row of a brief's figures table: a figure with every value reported for it, and its agreement.</summary>
/// <param name="Decision">The analyst's adjudication, if the conflict was settled: the chosen value and why.</param>
public sealed record BriefFigure(string Figure, string Status, IReadOnlyList<BriefValue> Values, string? Decision);
