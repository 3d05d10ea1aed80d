using Enlace.Core.Statements;

namespace Enlace.Extraction.Tests.Quantities;

/// <summary>A figure an analyst extracted, located in its document by its verbatim text.</summary>
public sealed record GoldQuantity(
    TextSpan Span,
    string Text,
    decimal Value,
    string Qualifier,
    string Measure,
    string? Population,
    string? Unit,
    string? Item);
