using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Nationality words in both languages, as nouns and adjectives, each naming a population: "Venezuelans",
/// "Venezuelan nationals", "venezolanas" and "de nacionalidad venezolana" are all "venezuelans".
/// </summary>
internal static class Nationalities
{
    // English adjective, Spanish masculine singular, population name.
    private static readonly (string English, string Spanish, string Population)[] Table =
    [
        ("Venezuelan", "venezolano", "venezuelans"), ("Peruvian", "peruano", "peruvians"), ("Colombian", "colombiano", "colombians"),
        ("Chilean", "chileno", "chileans"), ("Ecuadorian", "ecuatoriano", "ecuadorians"), ("Bolivian", "boliviano", "bolivians"),
        ("Dominican", "dominicano", "dominicans"), ("Mexican", "mexicano", "mexicans"), ("Haitian", "haitiano", "haitians"),
        ("Cuban", "cubano", "cubans"), ("Argentine", "argentino", "argentines"), ("Brazilian", "brasileño", "brazilians"),
        ("Paraguayan", "paraguayo", "paraguayans"), ("Uruguayan", "uruguayo", "uruguayans"), ("Guatemalan", "guatemalteco", "guatemalans"),
        ("Honduran", "hondureño", "hondurans"), ("Salvadoran", "salvadoreño", "salvadorans"), ("Panamanian", "panameño", "panamanians"),
        ("Chinese", "chino", "chinese"), ("Spanish", "español", "spaniards"), ("Nigerian", "nigeriano", "nigerians"),
        ("Filipino", "filipino", "filipinos"), ("Russian", "ruso", "russians"), ("Albanian", "albanés", "albanians"),
    ];

    private static readonly FoldedLexicon<string> Words = new(Entries());

    public static bool TryGet(ReadOnlySpan<char> word, out string population)
    {
        if (Words.TryGet(word, out var found))
        {
            population = found;
            return true;
        }

        population = "";
        return false;
    }

    private static IEnumerable<KeyValuePair<string, string>> Entries()
    {
        foreach (var (english, spanish, population) in Table)
        {
            yield return new(english, population);
            yield return new(english.EndsWith("ese", StringComparison.Ordinal) ? english : english + "s", population);
            foreach (var form in SpanishForms(spanish))
            {
                yield return new(form, population);
            }
        }

        yield return new("nicaragüense", "nicaraguans");
        yield return new("nicaragüenses", "nicaraguans");
        yield return new("Nicaraguan", "nicaraguans");
        yield return new("costarricense", "costa_ricans");
        yield return new("costarricenses", "costa_ricans");
        yield return new("estadounidense", "americans");
        yield return new("estadounidenses", "americans");
        yield return new("Americans", "americans");
    }

    private static IEnumerable<string> SpanishForms(string masculine)
    {
        if (masculine.EndsWith('o'))
        {
            var stem = masculine[..^1];
            return [masculine, stem + "a", stem + "os", stem + "as"];
        }

        // "español" → "española", "españoles", "españolas"; "albanés" → "albanesa", "albaneses".
        var plain = masculine.Replace('é', 'e');
        return [masculine, plain + "a", plain + "es", plain + "as"];
    }
}
