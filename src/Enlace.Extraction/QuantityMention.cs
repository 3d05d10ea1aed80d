using Enlace.Core.Statements;

namespace Enlace.Extraction;

/// <summary>
/// A reported figure: its number and qualifier, what was counted (<see cref="Measure"/>) and for whom
/// (<see cref="Population"/>), the unit or item where the measure alone does not say, and who the text credits with it.
/// </summary>
public sealed record QuantityMention(
    TextSpan Span,
    string Text,
    decimal Value,
    Qualifier Qualifier,
    string Measure,
    string? Population = null,
    string? Unit = null,
    string? Item = null,
    string? AttributedTo = null);
