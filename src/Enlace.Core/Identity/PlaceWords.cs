using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>Words that say what kind of place a name is ("Provincia de", "Region", "Airport") rather than which place.</summary>
internal static class PlaceWords
{
    private static readonly FrozenSet<string> Types = new[]
    {
        "region", "provincia", "province", "distrito", "district", "departamento", "department", "ciudad", "city",
        "municipio", "municipality", "comuna", "canton", "county", "condado", "aeropuerto", "airport", "internacional",
        "international", "zona", "zone", "area", "barrio", "neighbourhood", "neighborhood",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsType(string token) => Types.Contains(token);
}
