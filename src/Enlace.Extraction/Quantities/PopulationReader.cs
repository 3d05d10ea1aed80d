using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Names the population a figure counts: from a noun ("mujeres", "minors"), a nationality ("Venezuelan nationals",
/// "ciudadanos venezolanos", "de nacionalidad venezolana", "17 are Venezuelan"), or, for "two of them", the group a
/// noun named earlier in the paragraph.
/// </summary>
internal sealed class PopulationReader(TokenStream tokens, QuantityLexicon lexicon, Paragraphs paragraphs)
{
    // Far enough back to find "these women" for "two of them were killed".
    private const int LookBack = 60;

    /// <summary>A population word at <paramref name="position"/>: "menores de edad", "Venezuelan", "de nacionalidad peruana".</summary>
    public (string? Population, int? End) At(int position)
    {
        if (lexicon.Nouns.MatchAt(tokens, position) is { Value.Population: { } population } noun)
        {
            return (population, noun.Last);
        }

        return Nationality(position) is { } nationality ? (nationality.Population, nationality.End) : (null, null);
    }

    /// <summary>A nationality right after a noun: "ciudadanos venezolanos", "mujeres de nacionalidad venezolana".</summary>
    public (string Population, int End)? Nationality(int position)
    {
        if (tokens.IsWord(position) && Nationalities.TryGet(tokens.Span(position), out var nationality))
        {
            return (nationality, position);
        }

        if (lexicon.NationalityPhrase.MatchAt(tokens, position) is { } phrase && tokens.IsWord(phrase.Last + 1)
            && Nationalities.TryGet(tokens.Span(phrase.Last + 1), out var stated))
        {
            return (stated, phrase.Last + 1);
        }

        return null;
    }

    /// <summary>The population a figure takes from the figure or the group before it, when it names none itself.</summary>
    public string? Inherited(FigureDraft figure, PreviousFigure? previous)
    {
        if (figure.Noun.Link == FigureLink.Anaphoric || figure.AnaphoraBefore)
        {
            // The group "them" refers to is the one a noun named, not the last figure's breakdown.
            return NamedBefore(figure);
        }

        var sameSentence = previous is not null && previous.SentenceFirst == figure.SentenceFirst;
        return figure.Noun.IsBare && (sameSentence || figure.Link != LinkStrength.None) ? previous?.Population : null;
    }

    // The nearest noun naming a population before the figure, in its paragraph: "These women … two of them".
    private string? NamedBefore(FigureDraft figure)
    {
        var first = Math.Max(0, figure.First - LookBack);
        for (var j = figure.First - 1; j >= first && paragraphs.Of(tokens[j].Start) == figure.Paragraph; j--)
        {
            if (lexicon.Nouns.MatchEndingAt(tokens, j) is { Value.Population: { } population })
            {
                return population;
            }
        }

        return null;
    }
}
