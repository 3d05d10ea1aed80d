namespace Enlace.Extraction.Quantities;

/// <param name="Measure">The measure the noun itself carries: "detenidos" were arrested, "deportees" deported.</param>
internal readonly record struct NounSense(NounClass Class, string? Population = null, string? Measure = null);
