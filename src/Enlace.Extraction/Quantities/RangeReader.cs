using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Finds ranges written as "between 12 and 25", "entre 12 y 25", "from 12 to 25", "de 12 a 25", "desde 5 hasta 10",
/// "12-25 years": the contract turns each into an at-least lower bound and an up-to upper bound.
/// </summary>
internal static class RangeReader
{
    private static readonly (string Opener, string Joiner)[] Forms =
    [
        ("between", "and"), ("from", "to"), ("from", "through"), ("entre", "y"), ("entre", "e"), ("de", "a"), ("desde", "hasta"),
        ("desde", "a"),
    ];

    private static readonly FoldedSet AgeWords = new("aged ages age edades edad");

    /// <summary>"menores de entre 14 y 17 años", "aged between 18 and 25": ages, not figures.</summary>
    public static bool IsAgeRange(TokenStream tokens, int opener, int afterHigh) =>
        tokens.IsAny(opener - 1, AgeWords)
        || tokens.Is(opener - 1, "de") && (tokens.Is(opener - 2, "menores") || tokens.Is(opener - 2, "mayores") || tokens.IsAny(opener - 2, AgeWords))
        || tokens.Is(afterHigh + 1, "de") && tokens.Is(afterHigh + 2, "edad")
        || tokens.Is(afterHigh + 1, "old");

    /// <summary>The token of the opening word when <paramref name="low"/> and <paramref name="high"/> form a range.</summary>
    public static int? Opener(TokenStream tokens, NumberMatch low, NumberMatch high)
    {
        var joiner = low.Last + 1;
        if (high.First != joiner + 1)
        {
            return null;
        }

        var opener = low.First - 1;
        foreach (var (open, join) in Forms)
        {
            if (tokens.Is(opener, open) && tokens.Is(joiner, join))
            {
                return opener;
            }
        }

        // "12-25 years", "12 to 25 years": the range starts at its first number; the caller checks a unit follows.
        var dash = tokens.IsSymbol(joiner, '-') || tokens.IsSymbol(joiner, '–');
        return !low.IsWords && !high.IsWords && (dash || tokens.Is(joiner, "to")) ? low.First : null;
    }
}
