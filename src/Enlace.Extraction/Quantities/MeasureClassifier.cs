using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Decides what a figure measures. Things decide by their noun and unit (officers, locations, seized goods, sentences);
/// people by the verb that governs them or the predicate after them, then by the figure they continue, then by cues
/// further away in the sentence, then by their noun ("victims", "members").
/// </summary>
internal sealed class MeasureClassifier(TokenStream tokens, CueFinder cues, QuantityLexicon lexicon)
{
    // What can happen to officers themselves: "three officers were arrested".
    private static readonly HashSet<string> Fates =
        [Measures.Arrested, Measures.Charged, Measures.Sentenced, Measures.Killed, Measures.InCustody, Measures.Deported];

    /// <summary>The measure, or null for a bare number that nothing explains.</summary>
    public string? Classify(FigureDraft figure, PreviousFigure? previous)
    {
        if (figure.Noun.Unit is not null || figure.Currency is not null)
        {
            return ForUnit(figure.Noun.Unit?.Kind ?? UnitKind.Money, figure);
        }

        return figure.Noun.Class switch
        {
            NounClass.Officer => ForOfficers(figure),
            NounClass.Location => Measures.Locations,
            NounClass.Item => Near(lexicon.SeizureCues, figure) ? Measures.Seized : Measures.Other,
            NounClass.Unknown => cues.Governing(figure.First, figure.SentenceFirst)?.Measure
                ?? (Near(lexicon.SeizureCues, figure) ? Measures.Seized : Measures.Other),
            _ => ForPeople(figure, previous),
        };
    }

    // Prison terms are years or months; "más de cinco horas" of a sentence reading is no sentence.
    private string ForUnit(UnitKind kind, FigureDraft figure) => kind switch
    {
        // Weights in these reports are seizures even when only "found" or "the balance speaks of".
        UnitKind.Weight => Measures.Seized,
        UnitKind.Money => Near(lexicon.SeizureCues, figure) && lexicon.ValueCues.MatchEndingAt(tokens, figure.First - 1) is null
            ? Measures.Seized : Measures.Other,
        UnitKind.Duration => figure.Noun.Unit?.Unit is "years" or "months"
            && !Near(lexicon.HypotheticalCues, figure)
            && !cues.NearMeasure(Measures.InCustody, figure.First, figure.End, figure.SentenceFirst, figure.SentenceLast)
            && Near(lexicon.SentenceCues, figure) ? Measures.Sentenced : Measures.Other,
        _ => Measures.Other,
    };

    private string ForOfficers(FigureDraft figure)
    {
        var governing = cues.Governing(figure.First, figure.SentenceFirst);
        if (governing is { Strength: CueStrength.Strong } g && Fates.Contains(g.Measure))
        {
            return g.Measure;
        }

        var predicate = cues.Predicate(figure.End + 1, figure.SentenceLast, reach: 4);
        return predicate is { Strength: CueStrength.Strong } p && Fates.Contains(p.Measure) ? p.Measure : Measures.Officers;
    }

    private string? ForPeople(FigureDraft figure, PreviousFigure? previous)
    {
        var noun = figure.Noun;
        if (cues.Governing(figure.First, figure.SentenceFirst) is { Strength: not CueStrength.Weak } governing)
        {
            // "found two men dead": being found says less than what they were found to be.
            return governing.Measure == Measures.Rescued && noun.Measure is null
                && cues.Predicate(figure.End + 1, figure.SentenceLast, reach: 3) is { Measure: Measures.Killed } dead
                ? dead.Measure
                : governing.Measure;
        }

        // Only a count of people passes its measure on: "12 kilos de cocaína y 3 personas" are not seized.
        var people = previous is { CountsPeople: true } ? previous : null;
        var continues = people is not null && people.Paragraph == figure.Paragraph;
        if (figure.Link == LinkStrength.Strong && people is not null)
        {
            return people.Measure;
        }

        var predicate = cues.Predicate(figure.End + 1, figure.SentenceLast);
        if (predicate is { Strength: CueStrength.Strong } told)
        {
            // "5 bodies were found": the noun already says what the verb cannot.
            return noun.Measure == Measures.Killed ? noun.Measure : told.Measure;
        }

        // A subset is what its own verb says. Only a breakdown by population keeps the group's measure:
        // "12 of the 31 detainees were Venezuelan", but not "three of the deportees had pending asylum applications".
        if (noun.Link is FigureLink.Partitive or FigureLink.Remainder || figure.RemainderBefore)
        {
            return noun is { Link: FigureLink.Partitive, Population: not null, Measure: { } shared } ? shared : Measures.Other;
        }

        if (noun.Measure is { } own)
        {
            return own;
        }

        if (figure.GroupMeasure is { } group)
        {
            return group;
        }

        var partOfPrevious = noun.Link == FigureLink.Anaphoric || figure.AnaphoraBefore || figure.TotalBefore || figure.Link == LinkStrength.Weak
            || noun.IsBare;
        if (partOfPrevious && continues && people is not null)
        {
            return people.Measure;
        }

        if (noun.Class == NounClass.Victim)
        {
            return Measures.Victims;
        }

        // A bare number far from its verb is more often an age or a reference than a count: "victims as young as 15".
        return (noun.IsBare ? null : Distant(figure, predicate)) ?? Fallback(figure, people, continues);
    }

    // Cues further back in the sentence: "- Rescued: PNP statement, 46 women", "captó en Venezuela … a 17 mujeres". Cues
    // further ahead are not trusted: they mostly belong to the next clause.
    private string? Distant(FigureDraft figure, MeasureCue? predicate)
    {
        if (cues.NearestBefore(figure.First, figure.SentenceFirst) is { } before)
        {
            return before.Measure;
        }

        return predicate?.Measure;
    }

    private static string? Fallback(FigureDraft figure, PreviousFigure? people, bool continues)
    {
        if (figure.Noun.Class == NounClass.Member)
        {
            return Measures.Members;
        }

        if (figure.Noun.IsBare)
        {
            return null;
        }

        return continues && people is not null ? people.Measure : Measures.Other;
    }

    private bool Near(PhraseLexicon<bool> lexiconCues, FigureDraft figure) =>
        cues.Near(lexiconCues, figure.First, figure.End, figure.SentenceFirst, figure.SentenceLast);
}
