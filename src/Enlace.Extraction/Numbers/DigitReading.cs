namespace Enlace.Extraction.Numbers;

/// <summary>The value of a run of digits, when it is an amount.</summary>
internal readonly record struct DigitReading(DigitShape Shape, decimal Value, bool HasSeparator);
