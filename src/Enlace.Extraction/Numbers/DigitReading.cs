namespace Enlace.Extraction.Numbers;

/// <summary>The value of a run of digits, when it is an amount.</summary>
/// <param name="Fractional">Written with a decimal mark: "2,5", "2.0".</param>
internal readonly record struct DigitReading(DigitShape Shape, decimal Value, bool Fractional);
