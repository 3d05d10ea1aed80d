using Enlace.Core.Identity;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// The fallback directory when no gazetteer is given: the countries (in either language) and main cities of the small
/// table entity resolution uses. Anything else is unknown, and so taken as a locality.
/// </summary>
public sealed class KnownCountries : IPlaceDirectory
{
    public static readonly KnownCountries Instance = new();

    private KnownCountries()
    {
    }

    public PlaceInfo? Find(string name)
    {
        if (!Countries.TryFind(NameForms.Normalize(name), out var hit))
        {
            return null;
        }

        return new PlaceInfo(hit.City is null ? PlaceLevel.Country : PlaceLevel.Locality, Countries.Code(hit.Country).ToUpperInvariant());
    }
}
