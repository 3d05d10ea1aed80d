namespace Enlace.Core.Identity;

/// <summary>
/// An organisation's name taken apart for comparison: its significant words, the acronym it states in parentheses
/// or is ("HSI Lima" is the acronym HSI qualified by Lima), the acronyms its words make, the countries and cities that
/// qualify it, whether it is only generic words ("Policía Nacional"), and the language it is written in.
/// </summary>
internal sealed class OrganisationName
{
    private OrganisationName(string normalized, string[] significant, string[] core, string? stated, string? shaped, string[] acronyms, ulong countries, string[] cities, bool generic, NameLanguage language)
    {
        Normalized = normalized;
        Significant = significant;
        SortedSignificant = significant.Length < 2 ? significant : [.. significant.Order(StringComparer.Ordinal)];
        Core = core;
        Stated = stated;
        Shaped = shaped;
        Acronyms = acronyms;
        Countries = countries;
        Cities = cities;
        IsGeneric = generic;
        Language = language;
    }

    public string Normalized { get; }

    /// <summary>The tokens without function words, in order.</summary>
    public string[] Significant { get; }

    public string[] SortedSignificant { get; }

    /// <summary>The significant tokens without places and, when a city names a branch, without office words.</summary>
    public string[] Core { get; }

    /// <summary>The acronym the name gives in parentheses: "Peruvian National Police (PNP)" → pnp.</summary>
    public string? Stated { get; }

    /// <summary>The name itself when it is a single short token besides its places: "HSI Lima" → hsi.</summary>
    public string? Shaped { get; }

    /// <summary>The acronym that stands for this body: the stated one, or the name itself when it is one.</summary>
    public string? Own => Stated ?? Shaped;

    /// <summary>Acronyms the words of a longer name make (with and without function words and countries).</summary>
    public string[] Acronyms { get; }

    public ulong Countries { get; }

    public string[] Cities { get; }

    public bool IsGeneric { get; }

    public NameLanguage Language { get; }

    public static OrganisationName Parse(string raw)
    {
        var (text, stated) = TakeStatedAcronym(raw);
        var tokens = NameForms.Tokenize(text, expandAbbreviations: true, dropLeadingArticle: true);
        var legal = InstitutionWords.LegalFormLength(tokens);
        if (legal > 0)
        {
            tokens.RemoveRange(tokens.Count - legal, legal);
        }

        var places = PlaceSpans.Find(tokens);
        var hasCity = places.Cities.Length > 0;
        var significant = new List<string>(tokens.Count);
        var core = new List<string>(tokens.Count);
        var forAcronymWithCity = new List<string>(tokens.Count);
        var forAcronym = new List<string>(tokens.Count);
        var forAcronymNoCountry = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var place = places.Kind(i);
            var office = hasCity && InstitutionWords.IsOffice(token);
            forAcronymWithCity.Add(token);
            if (place != PlaceSpans.TokenPlace.City && !office)
            {
                forAcronym.Add(token);
                if (place == PlaceSpans.TokenPlace.None)
                {
                    forAcronymNoCountry.Add(token);
                }
            }

            if (FunctionWords.Contains(token))
            {
                continue;
            }

            significant.Add(token);
            if (place == PlaceSpans.TokenPlace.None && !office)
            {
                core.Add(token);
            }
        }

        // A lone short word that is not an ordinary institution word ("police") is taken for an acronym: "HSI Lima".
        var shaped = stated is null && core.Count == 1 && core[0].Length is >= 2 and <= 10 && core[0].All(char.IsLetter) && !InstitutionWords.IsGeneric(core[0])
            ? core[0]
            : null;
        while (forAcronymNoCountry.Count > 0 && FunctionWords.Contains(forAcronymNoCountry[^1]))
        {
            forAcronymNoCountry.RemoveAt(forAcronymNoCountry.Count - 1);
        }

        var acronyms = shaped is null ? AcronymsOf(forAcronym, forAcronymNoCountry, forAcronymWithCity) : [];
        var generic = stated is null && places.Countries == 0 && significant.Count > 0 && significant.All(InstitutionWords.IsGeneric);
        return new OrganisationName(
            string.Join(' ', tokens), [.. significant], [.. core], stated, shaped, acronyms, places.Countries, places.Cities, generic, FunctionWords.Guess(tokens));
    }

    /// <summary>Whether a name (an alias, say) is made only of generic institution words and no place.</summary>
    public static bool IsGenericName(string raw) => Parse(raw).IsGeneric;

    private static string[] AcronymsOf(List<string> withCountry, List<string> withoutCountry, List<string> withCity)
    {
        var acronyms = new List<string>(5);
        Add(acronyms, withCity, keepFunctionWords: false);
        Add(acronyms, withCountry, keepFunctionWords: false);
        Add(acronyms, withCountry, keepFunctionWords: true);
        Add(acronyms, withoutCountry, keepFunctionWords: false);
        Add(acronyms, withoutCountry, keepFunctionWords: true);
        return [.. acronyms];
    }

    private static void Add(List<string> acronyms, List<string> tokens, bool keepFunctionWords)
    {
        if (tokens.Count(t => !FunctionWords.Contains(t)) < 2)
        {
            return;
        }

        var acronym = NameForms.Initials(tokens, keepFunctionWords);
        if (!acronyms.Contains(acronym))
        {
            acronyms.Add(acronym);
        }
    }

    // "Homeland Security Investigations (HSI) unit in Lima": the last parenthesised single word is the body's acronym.
    private static (string Text, string? Stated) TakeStatedAcronym(string raw)
    {
        var open = raw.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return (raw, null);
        }

        string? stated = null;
        var text = raw;
        for (var at = open; at >= 0 && at < text.Length; at = text.IndexOf('(', at + 1))
        {
            var close = text.IndexOf(')', at + 1);
            if (close < 0)
            {
                break;
            }

            var inside = NameForms.Tokenize(text[(at + 1)..close], expandAbbreviations: false, dropLeadingArticle: false);
            if (inside.Count == 1 && inside[0].Length is >= 2 and <= 10 && inside[0].All(char.IsLetter) && !Identity.Countries.TryFind(inside[0], out _))
            {
                stated = inside[0];
                text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(close + 1));
            }
        }

        // "(PNP)" alone is a name that is only an acronym, not an acronym beside a name.
        return stated is null || NameForms.Tokenize(text, expandAbbreviations: false, dropLeadingArticle: false).Count > 0 ? (text, stated) : (raw, null);
    }
}
