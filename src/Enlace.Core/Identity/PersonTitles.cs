using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>Ranks, offices and courtesy titles that precede a person's name ("Colonel", "fiscal", "alias") and are not part of it.</summary>
internal static class PersonTitles
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "colonel", "coronel", "cnel", "general", "capitan", "captain", "capt", "comandante", "commander", "teniente", "lieutenant", "lt",
        "sargento", "sergeant", "sgt", "agent", "agente", "special", "fiscal", "prosecutor", "juez", "jueza", "judge",
        "ambassador", "embajador", "embajadora", "dr", "dra", "doctor", "doctora", "sr", "sra", "srta", "senor", "senora", "senorita",
        "don", "dona", "mr", "mrs", "ms", "miss", "lic", "licenciado", "licenciada", "ing", "ingeniero", "ingeniera", "detective",
        "inspector", "inspectora", "officer", "oficial", "comisario", "subcomisario", "suboficial", "superintendent", "minister",
        "ministro", "ministra", "president", "presidente", "presidenta", "director", "directora", "alias", "aka", "alias:",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string token) => Titles.Contains(token);
}
