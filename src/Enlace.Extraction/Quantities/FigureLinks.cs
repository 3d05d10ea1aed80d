using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Tells whether a figure continues the one before it: only punctuation and list words between them ("46 women,
/// including seven minors", "17 are Venezuelan, four Colombian"), on the same line.
/// </summary>
internal static class FigureLinks
{
    private const int MaxLinkTokens = 6;

    private static readonly FoldedSet StrongLinks = new("including incl among entre incluidas incluidos incluyendo and y e ( – — -");

    public static LinkStrength Between(TokenStream tokens, QuantityLexicon lexicon, PreviousFigure? previous, int first)
    {
        // A list item on its own line does not continue the item above: "- 12 arrests, including 2 women\n- 3 deportations".
        if (previous is null || previous.End >= first || first - previous.End - 1 > MaxLinkTokens || first - previous.End == 1
            || tokens.LineBreakBetween(previous.End, first))
        {
            return LinkStrength.None;
        }

        var strong = false;
        for (var j = previous.End + 1; j < first; j++)
        {
            // "46 women incl. 7 minors": the full stop of an abbreviation does not end the list.
            var abbreviation = tokens.IsSymbol(j, '.') && (tokens.Is(j - 1, "incl") || tokens.Is(j - 1, "approx"));
            if (!abbreviation && (!tokens.IsAny(j, lexicon.LinkWords) || tokens.IsSymbol(j, '.')))
            {
                return LinkStrength.None;
            }

            strong |= tokens.IsAny(j, StrongLinks);
        }

        return strong ? LinkStrength.Strong : LinkStrength.Weak;
    }
}
