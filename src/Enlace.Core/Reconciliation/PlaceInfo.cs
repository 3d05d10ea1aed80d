namespace Enlace.Core.Reconciliation;

/// <summary>What is known in advance about a place name: how large the place is and the country it lies in, if known.</summary>
/// <param name="Country">ISO 3166 alpha-2 code ("PE"); null for regions of several countries and unknown places.</param>
public readonly record struct PlaceInfo(PlaceLevel Level, string? Country)
{
    /// <summary>A place the directory does not know: taken as a locality in an unknown country.</summary>
    public static PlaceInfo Unknown => new(PlaceLevel.Locality, null);
}
