namespace Enlace.Core.Identity;

/// <summary>No gazetteer: names are resolved from their spelling, acronyms and aliases alone.</summary>
public sealed class NoKnownNames : IKnownNames
{
    public static readonly NoKnownNames Instance = new();

    private NoKnownNames()
    {
    }

    public string? CanonicalKey(string name) => null;
}
