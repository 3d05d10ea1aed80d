using Enlace.Core.Statements;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Reads the qualifier written before a figure ("at least", "más de", "unos", "as many as") and combines it with the one
/// the number's own words imply: "dozens" is at least 24, "more than a dozen" more than 12, "at least dozens" at least 24.
/// </summary>
internal static class QualifierReader
{
    /// <summary>The qualifier and the token where the figure, qualifier included, starts.</summary>
    public static (Qualifier Qualifier, int First, bool Stated) Read(TokenStream tokens, QuantityLexicon lexicon, int start, Qualifier implied)
    {
        if (lexicon.Qualifiers.MatchEndingAt(tokens, start - 1) is not { } stated)
        {
            return (implied, start, false);
        }

        return (stated.Value, stated.First, true);
    }

    /// <summary>A qualifier written after the figure's last token: "30 people or more", "400 agentes aproximadamente".</summary>
    public static PhraseMatch<Qualifier>? After(TokenStream tokens, QuantityLexicon lexicon, int end) =>
        lexicon.PostQualifiers.MatchAt(tokens, end + 1);
}
