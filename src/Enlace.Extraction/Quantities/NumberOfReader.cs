using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Reads what a bare figure counts from a "number of" phrase before it: "The Public Ministry put the number of women
/// freed at about 50" counts women freed; "la cifra de detenidos asciende a 31" counts people arrested.
/// </summary>
internal sealed class NumberOfReader(TokenStream tokens, QuantityLexicon lexicon, CountedNounReader nouns, CueFinder cues)
{
    private const int LookBack = 15;

    public (string? Measure, string? Population)? Read(FigureDraft figure)
    {
        var first = Math.Max(figure.SentenceFirst, figure.First - LookBack);
        for (var j = figure.First - 1; j >= first; j--)
        {
            if (lexicon.NumberOf.MatchEndingAt(tokens, j) is null)
            {
                continue;
            }

            var counted = nouns.ReadHead(j + 1, j, digits: false, figure.First - 1);
            if (counted.IsBare)
            {
                return null;
            }

            var cue = cues.Predicate(counted.End + 1, figure.First - 1);
            var measure = cue is { Strength: CueStrength.Strong } strong ? strong.Measure : counted.Measure ?? ByClass(counted.Class);
            return (measure, counted.Population);
        }

        return null;
    }

    // "The number of victims rose to 45": the noun alone says what is counted.
    private static string? ByClass(NounClass? nounClass) => nounClass switch
    {
        NounClass.Victim => Measures.Victims,
        NounClass.Officer => Measures.Officers,
        NounClass.Location => Measures.Locations,
        NounClass.Member => Measures.Members,
        _ => null,
    };
}
