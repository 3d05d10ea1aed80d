using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>
/// The small words of Spanish and English names that carry no identity ("of", "de la"): acronyms skip them and
/// comparisons set them aside. The language markers tell a reason whether two names are in different languages.
/// </summary>
internal static class FunctionWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an",
        "de", "del", "la", "las", "los", "el", "lo", "y", "e", "en", "para", "al",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LeadingArticles = new[] { "the", "el", "la", "los", "las" }.ToFrozenSet(StringComparer.Ordinal);

    // Besides function words, the commonest institution words and demonyms tell the language of names that have none.
    private static readonly FrozenSet<string> SpanishMarkers = new[]
    {
        "de", "del", "la", "las", "los", "el", "y", "en", "para", "al", "contra",
        "policia", "nacional", "ministerio", "publico", "oficina", "embajada", "departamento", "direccion", "investigaciones",
        "seguridad", "fiscalia", "corte", "juzgado", "fuerza", "aerea", "armada", "ejercito", "servicio", "unidad", "estado",
        "peruano", "peruana", "colombiano", "colombiana", "ecuatoriano", "ecuatoriana", "chileno", "chilena", "venezolano",
        "venezolana", "boliviano", "boliviana", "mexicano", "mexicana", "espanol", "espanola", "estadounidense",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishMarkers = new[]
    {
        "of", "the", "and", "for", "in", "against", "on",
        "police", "national", "ministry", "public", "office", "embassy", "department", "directorate", "investigations",
        "security", "homeland", "attorney", "court", "prosecutor", "force", "air", "navy", "army", "service", "unit", "state",
        "peruvian", "colombian", "ecuadorian", "chilean", "venezuelan", "bolivian", "mexican", "spanish", "british",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string token) => Words.Contains(token);

    public static bool IsLeadingArticle(string token) => LeadingArticles.Contains(token);

    public static NameLanguage Guess(IReadOnlyList<string> tokens)
    {
        var spanish = 0;
        var english = 0;
        foreach (var token in tokens)
        {
            spanish += SpanishMarkers.Contains(token) ? 1 : 0;
            english += EnglishMarkers.Contains(token) ? 1 : 0;
        }

        // Accents are no tell: a score must not change when someone drops them.
        return spanish > english ? NameLanguage.Spanish : english > spanish ? NameLanguage.English : NameLanguage.Unknown;
    }
}
