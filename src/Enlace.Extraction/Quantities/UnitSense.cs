namespace Enlace.Extraction.Quantities;

/// <param name="Unit">The contract's unit: "kg", "usd", "years"; "pesos" until the country is known.</param>
/// <param name="Factor">What one of this unit is in the contract's unit: a gram is 0.001 kg.</param>
internal readonly record struct UnitSense(UnitKind Kind, string Unit, decimal Factor = 1);
