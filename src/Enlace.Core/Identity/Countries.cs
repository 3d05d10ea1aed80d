using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>
/// Countries as a name may qualify them — by name in either language, by demonym ("Peruvian", "colombiana") or by a
/// city in them ("HSI Lima") — so that "Policía Nacional del Perú" and "Policía Nacional de Colombia" are seen to
/// name different bodies. A deliberately small table for the region Enlace serves; a gazetteer adds the rest.
/// </summary>
internal static class Countries
{
    private static readonly Country[] All =
    [
        new("pe", "Peru", ["peru", "peruvian", "peruano", "peruana", "peruanos", "peruanas"], ["lima", "cusco", "cuzco", "arequipa", "trujillo", "callao", "tumbes", "puno", "piura", "iquitos", "chiclayo"]),
        new("co", "Colombia", ["colombia", "colombian", "colombiano", "colombiana", "colombianos"], ["bogota", "medellin", "cali", "cartagena", "barranquilla", "cucuta", "bucaramanga"]),
        new("ec", "Ecuador", ["ecuador", "ecuadorian", "ecuatoriano", "ecuatoriana", "ecuatorianos"], ["quito", "guayaquil", "cuenca", "huaquillas", "machala"]),
        new("cl", "Chile", ["chile", "chilean", "chileno", "chilena", "chilenos"], ["santiago", "arica", "iquique", "antofagasta", "valparaiso", "concepcion"]),
        new("ve", "Venezuela", ["venezuela", "venezuelan", "venezolano", "venezolana", "venezolanos"], ["caracas", "maracaibo", "maracay", "barquisimeto"]),
        new("bo", "Bolivia", ["bolivia", "bolivian", "boliviano", "boliviana", "bolivianos"], ["la paz", "cochabamba", "el alto", "sucre"]),
        new("ar", "Argentina", ["argentina", "argentine", "argentinian", "argentino"], ["buenos aires", "rosario"]),
        new("br", "Brazil", ["brazil", "brasil", "brazilian", "brasileno", "brasilena"], ["sao paulo", "rio de janeiro", "brasilia"]),
        new("mx", "Mexico", ["mexico", "mexican", "mexicano", "mexicana"], ["ciudad de mexico", "mexico city", "guadalajara", "monterrey", "tijuana"]),
        new("us", "the United States", ["united states", "estadounidense"], ["washington", "houston", "miami", "new york", "nueva york", "los angeles"]),
        new("es", "Spain", ["spain", "espana", "spanish", "espanol", "espanola"], ["madrid", "barcelona", "sevilla", "seville", "bilbao"]),
        new("do", "the Dominican Republic", ["dominican republic", "republica dominicana", "dominican", "dominicano", "dominicana"], ["santo domingo"]),
        new("pa", "Panama", ["panama", "panamanian", "panameno", "panamena"], []),
        new("gt", "Guatemala", ["guatemala", "guatemalan", "guatemalteco", "guatemalteca"], []),
        new("hn", "Honduras", ["honduras", "honduran", "hondureno", "hondurena"], ["tegucigalpa"]),
        new("sv", "El Salvador", ["el salvador", "salvadoran", "salvadoreno", "salvadorena"], ["san salvador"]),
        new("ni", "Nicaragua", ["nicaragua", "nicaraguan", "nicaraguense"], ["managua"]),
        new("cr", "Costa Rica", ["costa rica", "costa rican", "costarricense"], []),
        new("py", "Paraguay", ["paraguay", "paraguayan", "paraguayo", "paraguaya"], ["asuncion"]),
        new("uy", "Uruguay", ["uruguay", "uruguayan", "uruguayo", "uruguaya"], ["montevideo"]),
        new("cu", "Cuba", ["cuba", "cuban", "cubano", "cubana"], ["la habana", "havana"]),
        new("gb", "the United Kingdom", ["united kingdom", "british", "britanico", "britanica"], ["london", "londres"]),
        new("fr", "France", ["france", "francia", "french", "francesa"], ["paris"]),
        new("it", "Italy", ["italy", "italia", "italian", "italiano", "italiana"], ["rome", "roma"]),
        new("de", "Germany", ["germany", "alemania", "german", "alemana"], ["berlin"]),
        new("nl", "the Netherlands", ["netherlands", "paises bajos", "holanda", "dutch", "holandesa"], ["amsterdam"]),
    ];

    private static readonly FrozenDictionary<string, PlaceHit> Lexicon = Build();

    private static readonly FrozenSet<string> PhraseStarts = Lexicon.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))
        .Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest phrase the table knows, in tokens.</summary>
    public const int LongestPhrase = 4;

    public static string Display(int index) => All[index].Display;

    public static string Code(int index) => All[index].Code;

    private static readonly FrozenDictionary<char, string[]> OneWordByInitial = Lexicon.Keys
        .Where(k => !k.Contains(' ', StringComparison.Ordinal) && k.Length >= TokenSimilarity.TypoMinimumLength)
        .GroupBy(k => k[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// The place a one-word token names with one typo ("Panmaá" for Panamá), when exactly one place is that close; so a
    /// mistyped country still disagrees with another country.
    /// </summary>
    public static bool TryFindMisspelt(string token, out PlaceHit hit)
    {
        hit = default;
        if (token.Length < TokenSimilarity.TypoMinimumLength || !OneWordByInitial.TryGetValue(token[0], out var candidates))
        {
            return false;
        }

        string? found = null;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - token.Length) <= 1 && TokenSimilarity.Edit(candidate, token) != EditKind.None)
            {
                if (found is not null)
                {
                    return false;
                }

                found = candidate;
            }
        }

        return found is not null && Lexicon.TryGetValue(found, out hit);
    }

    /// <summary>Whether some place of more than one word begins with this token ("united", "la", "buenos").</summary>
    public static bool StartsPhrase(string token) => PhraseStarts.Contains(token);

    /// <summary>The place named by <paramref name="phrase"/> (space-joined normalised tokens), if the table knows it.</summary>
    public static bool TryFind(string phrase, out PlaceHit hit) => Lexicon.TryGetValue(phrase, out hit);

    /// <summary>The display names of the countries in a bit set, for reasons.</summary>
    public static string FirstDisplay(ulong countries)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if ((countries & (1UL << i)) != 0)
            {
                return All[i].Display;
            }
        }

        return "";
    }

    private static FrozenDictionary<string, PlaceHit> Build()
    {
        var lexicon = new Dictionary<string, PlaceHit>(StringComparer.Ordinal);
        for (var i = 0; i < All.Length; i++)
        {
            foreach (var name in All[i].Names)
            {
                lexicon[name] = new PlaceHit(i, null, name.Count(c => c == ' ') + 1);
            }

            foreach (var city in All[i].Cities)
            {
                lexicon.TryAdd(city, new PlaceHit(i, city, city.Count(c => c == ' ') + 1));
            }
        }

        return lexicon.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Country(string Code, string Display, string[] Names, string[] Cities);
}
