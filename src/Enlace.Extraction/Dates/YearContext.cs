using System.Collections.Frozen;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Tells a year from a count: "since 2021, the gang" and "en 1989 en la prisión" are years, "in 2000 cases" and
/// "de 2000 agentes" are counts. A four-digit number followed by a lower-case word is a year only when that word is one
/// of the small function words that can follow a date.
/// </summary>
internal static class YearContext
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Followers = new[]
    {
        "and", "or", "but", "when", "while", "after", "before", "in", "on", "at", "to", "of", "for", "with", "by", "as", "from",
        "until", "through", "the", "a", "an", "its", "it", "he", "she", "they", "we", "i", "his", "her", "their", "that",
        "which", "who", "where", "is", "was", "were", "are", "has", "had", "have", "been", "said", "says", "according", "than",
        "amid", "under", "over", "during", "since", "into", "alone", "only", "too", "also", "not", "so", "then", "there", "this",
        "these", "those", "following", "onwards", "onward", "and/or",
        "y", "e", "o", "u", "pero", "cuando", "mientras", "tras", "en", "al", "de", "del", "con", "por", "para", "la", "el",
        "los", "las", "lo", "un", "una", "unos", "unas", "su", "sus", "se", "que", "hasta", "desde", "como", "según", "sin",
        "sobre", "ante", "bajo", "entre", "hacia", "durante", "fue", "fueron", "era", "es", "son", "ha", "han", "había",
        "donde", "también", "ya", "no", "le", "les", "cuyo", "cuya", "aunque", "luego", "antes", "después", "estos", "esta",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether token <paramref name="i"/> is a year by its own form and what follows it.</summary>
    public static bool IsYear(DateTokens t, int i)
    {
        if (t.Year(i) < 0 || (t.Touches(i) && (t.IsSymbol(i - 1, '$') || t.IsSymbol(i - 1, '-') || t.IsSymbol(i - 1, '/'))))
        {
            return false;
        }

        if (!t.OnLine(i + 1))
        {
            return true;
        }

        if (t.Touches(i + 1) && (t.IsSymbol(i + 1, '%') || t.IsSymbol(i + 1, '/') || t.Word(i + 1) is { IsEmpty: false }
            || (t.IsSymbol(i + 1, '-') && t.Touches(i + 2) && t.IsNumber(i + 2))))
        {
            return false;
        }

        return EndsPhrase(t, i + 1);
    }

    /// <summary>Whether token <paramref name="i"/>, right after a month name, is its year: any four digits in range not glued to more.</summary>
    public static bool IsYearAfterMonth(DateTokens t, int i) =>
        t.Year(i) > 0 && !(t.Touches(i + 1) && (t.IsSymbol(i + 1, '%') || t.IsSymbol(i + 1, '/') || t.Word(i + 1) is { IsEmpty: false }));

    /// <summary>Whether token <paramref name="i"/> can follow a date: nothing, a symbol, a capital or a function word.</summary>
    public static bool EndsPhrase(DateTokens t, int i)
    {
        if (!t.OnLine(i))
        {
            return true;
        }

        var next = t.Word(i);
        return next.IsEmpty ? !t.IsNumber(i) : char.IsUpper(next[0]) || Followers.Contains(next);
    }
}
