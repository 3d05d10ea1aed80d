namespace Enlace.Extraction.Quantities;

internal readonly record struct MeasureCue(string Measure, CueStrength Strength);
