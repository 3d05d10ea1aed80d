namespace Enlace.Core.Reconciliation;

/// <summary>
/// How large a place is. Two reports that name the same district or city may describe one happening; two that name
/// the same country say little ("a Venezuelan gang" names a country in half of all reports).
/// </summary>
public enum PlaceLevel
{
    /// <summary>A city, district, neighbourhood, landmark, airport or prison; also any place the directory does not know.</summary>
    Locality,

    /// <summary>A province, state or department, or a region of several countries.</summary>
    Region,

    Country,
}
