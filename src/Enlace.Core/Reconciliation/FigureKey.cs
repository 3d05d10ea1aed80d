using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>What makes two figures about one event comparable: the same measure, population, unit and item.</summary>
public readonly record struct FigureKey(string Measure, string? Population, string? Unit, string? Item)
{
    /// <summary>The measure of figures the extractor could not classify; two of them may count anything, so they are never compared.</summary>
    public const string Unclassified = "other";

    public static FigureKey Of(QuantityValue value) => new(value.Measure, value.Population, value.Unit, value.Item);

    public static bool IsComparable(QuantityValue value) => value.Measure != Unclassified;

    public override string ToString() =>
        Measure + (Population is null ? "" : "/" + Population) + (Unit is null ? "" : " " + Unit) + (Item is null ? "" : " " + Item);
}
