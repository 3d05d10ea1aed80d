namespace Enlace.Core.Identity;

/// <summary>
/// A place name taken apart: the name proper without type words ("Provincia de", "Region", "Airport"), a qualifier
/// after a comma or in parentheses ("Santiago, Chile"), and the country it is when the whole name is one, in either
/// language ("Perú", "Peru", "EE. UU.").
/// </summary>
internal sealed class PlaceName
{
    private PlaceName(string normalized, string[] core, string qualifier, int country)
    {
        Normalized = normalized;
        Core = core;
        CoreJoined = string.Join(' ', core);
        Qualifier = qualifier;
        Country = country;
    }

    public string Normalized { get; }

    public string[] Core { get; }

    public string CoreJoined { get; }

    /// <summary>What the name adds to say which place it means ("chile" in "Santiago, Chile"); empty when nothing.</summary>
    public string Qualifier { get; }

    /// <summary>The country the whole name denotes (index into <see cref="Countries"/>), or -1.</summary>
    public int Country { get; }

    public static PlaceName Parse(string raw)
    {
        var cut = raw.IndexOfAny([',', '(']);
        var main = cut > 0 ? raw[..cut] : raw;
        var qualifier = cut > 0 ? string.Join(' ', NameForms.Tokenize(raw[(cut + 1)..], expandAbbreviations: true, dropLeadingArticle: true)) : "";
        var tokens = NameForms.Tokenize(main, expandAbbreviations: true, dropLeadingArticle: false);
        var core = tokens.Where(t => !PlaceWords.IsType(t) && !FunctionWords.Contains(t)).ToList();
        if (core.Count == 0)
        {
            core = tokens;
        }

        // "el Perú", "los Estados Unidos": an article before a country is not part of its name.
        var country = CountryOf(core);
        if (country < 0 && tokens.Count > 1 && FunctionWords.IsLeadingArticle(tokens[0]))
        {
            country = CountryOf(tokens.Skip(1).ToList());
        }

        var normalized = string.Join(' ', tokens);
        return new PlaceName(qualifier.Length == 0 ? normalized : $"{normalized} {qualifier}", [.. core], qualifier, country);
    }

    private static int CountryOf(List<string> tokens) =>
        tokens.Count > 0 && Countries.TryFind(string.Join(' ', tokens), out var hit) && hit.City is null ? hit.Country : -1;
}
