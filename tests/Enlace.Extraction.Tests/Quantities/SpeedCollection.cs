namespace Enlace.Extraction.Tests.Quantities;

/// <summary>Speed tests run alone, so the CPU time they measure is their own.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class SpeedCollection;
