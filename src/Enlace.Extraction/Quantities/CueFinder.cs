using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Finds the words around a figure that say what it counts: the verb that governs it ("arrested 20 members", "la
/// detención de 31"), the predicate after it ("46 women were rescued"), and cues further away in its sentence.
/// </summary>
internal sealed class CueFinder(TokenStream tokens, QuantityLexicon lexicon, int[] numberStarts)
{
    // Words of the same sentence searched for a cue; beyond this, a cue is about something else.
    private const int Window = 40;

    // Predicates follow their subject closely: "10 members of Tren de Aragua had been deported".
    private const int PredicateReach = 14;

    private const int MaxGap = 4;

    private static readonly FoldedSet ClauseOpeners = new("y e and but pero mientras while whereas aunque although sino");

    private static readonly FoldedSet StrongLinks = new("including incl among entre incluidas incluidos incluyendo and y e ( – —");

    /// <summary>A cue right before the figure, with at most a few small words between: "arrest of", "rescató a".</summary>
    public MeasureCue? Governing(int figureFirst, int sentenceFirst)
    {
        var gaps = 0;
        for (var j = figureFirst - 1; j >= sentenceFirst && gaps <= MaxGap; j--, gaps++)
        {
            if (lexicon.PersonCues.MatchEndingAt(tokens, j) is { } cue && cue.First >= sentenceFirst)
            {
                return cue.Value;
            }

            if (!tokens.IsAny(j, lexicon.GapWords))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The first strong cue after the figure in its clause, else the first weak one.</summary>
    public MeasureCue? Predicate(int from, int sentenceLast, int reach = PredicateReach)
    {
        MeasureCue? weak = null;
        var last = Math.Min(sentenceLast, from + reach);
        for (var j = from; j <= last; j++)
        {
            if (tokens.IsSymbol(j, '.') || tokens.IsSymbol(j, ';') || tokens.IsSymbol(j, ':') || tokens.IsSymbol(j, '!') || tokens.IsSymbol(j, '?'))
            {
                break;
            }

            if (IsNumberStart(j) && j > from && !LinkedBefore(j, from))
            {
                break;
            }

            // ", y sabemos que el rescate …": a new clause has its own subject.
            if (tokens.IsSymbol(j, ',') && tokens.IsAny(j + 1, ClauseOpeners))
            {
                break;
            }

            if (lexicon.PersonCues.MatchAt(tokens, j) is not { } cue)
            {
                continue;
            }

            if (GovernsLaterNumber(cue.Last, sentenceLast))
            {
                break;
            }

            if (cue.Value.Strength == CueStrength.Strong)
            {
                return cue.Value;
            }

            if (cue.Value.Strength == CueStrength.Weak || j == from)
            {
                weak ??= cue.Value;
            }

            j = cue.Last;
        }

        return weak;
    }

    /// <summary>The nearest cue of <paramref name="strength"/> before the figure in its sentence.</summary>
    public MeasureCue? NearestBefore(int figureFirst, int sentenceFirst, CueStrength strength = CueStrength.Strong)
    {
        var first = Math.Max(sentenceFirst, figureFirst - Window);
        for (var j = figureFirst - 1; j >= first; j--)
        {
            if (lexicon.PersonCues.MatchEndingAt(tokens, j) is { } cue && cue.First >= first)
            {
                if (cue.Value.Strength == strength)
                {
                    return cue.Value;
                }

                j = cue.First;
            }
        }

        return null;
    }

    /// <summary>Whether any of <paramref name="cues"/> occurs in the figure's sentence near it.</summary>
    public bool Near(PhraseLexicon<bool> cues, int figureFirst, int figureLast, int sentenceFirst, int sentenceLast)
    {
        var first = Math.Max(sentenceFirst, figureFirst - Window);
        var last = Math.Min(sentenceLast, figureLast + Window);
        for (var j = first; j <= last; j++)
        {
            if (j >= figureFirst && j <= figureLast)
            {
                continue;
            }

            if (cues.MatchAt(tokens, j) is { } cue && cue.Last <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person cue with <paramref name="measure"/> occurs near the figure: "18 months of pretrial detention".</summary>
    public bool NearMeasure(string measure, int figureFirst, int figureLast, int sentenceFirst, int sentenceLast)
    {
        var first = Math.Max(sentenceFirst, figureFirst - Window);
        var last = Math.Min(sentenceLast, figureLast + Window);
        for (var j = first; j <= last; j++)
        {
            if (lexicon.PersonCues.MatchAt(tokens, j) is { } cue)
            {
                if (cue.Value.Measure == measure && cue.Last <= last)
                {
                    return true;
                }

                j = cue.Last;
            }
        }

        return false;
    }

    public bool IsNumberStart(int index) => Array.BinarySearch(numberStarts, index) >= 0;

    // "... had been saved" after "52 people– including nine minors–" still belongs to 52.
    private bool LinkedBefore(int numberStart, int from)
    {
        for (var k = numberStart - 1; k >= Math.Max(from, numberStart - 3); k--)
        {
            if (tokens.IsAny(k, StrongLinks))
            {
                return true;
            }
        }

        return false;
    }

    // "and freed 46 women": the verb is the next figure's, not a predicate of this one.
    private bool GovernsLaterNumber(int cueLast, int sentenceLast)
    {
        var k = cueLast + 1;
        for (var gaps = 0; gaps <= MaxGap && k <= sentenceLast; gaps++, k++)
        {
            if (IsNumberStart(k) || lexicon.Qualifiers.MatchAt(tokens, k) is { } qualifier && IsNumberStart(qualifier.Last + 1))
            {
                return true;
            }

            // "were arrested (24 Venezuelan nationals …)": a bracket opens an aside, not an object.
            if (!tokens.IsWord(k) || !tokens.IsAny(k, lexicon.GapWords))
            {
                return false;
            }
        }

        return false;
    }
}
