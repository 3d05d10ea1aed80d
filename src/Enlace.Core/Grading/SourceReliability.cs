namespace Enlace.Core.Grading;

/// <summary>Admiralty code reliability of a source, A (completely reliable) to F (cannot be judged).</summary>
public enum SourceReliability
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
    F = 6,
}
