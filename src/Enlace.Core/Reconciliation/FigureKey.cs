using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>What makes two figures about one event comparable: the same measure, population, unit and item.</summary>
public readonly record struct FigureKey(string Measure, string? Population, string? Unit, string? Item)
{
    public static FigureKey Of(QuantityValue value) => new(value.Measure, value.Population, value.Unit, value.Item);

    public override string ToString() =>
        Measure + (Population is null ? "" : "/" + Population) + (Unit is null ? "" : " " + Unit) + (Item is null ? "" : " " + Item);
}
