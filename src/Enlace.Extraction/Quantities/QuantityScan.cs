using Enlace.Core.Statements;
using Enlace.Extraction.Numbers;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Quantities;

/// <summary>Reads every figure of one document in order, carrying the last one forward for the figures that continue it.</summary>
internal sealed class QuantityScan
{
    // Far enough back to find "these women" for "two of them were killed", within the paragraph.
    private const int PopulationLookBack = 60;

    private const int NumberOfLookBack = 15;

    private const int MaxLinkTokens = 6;

    // Without a sentence list, a figure's context is this many tokens either side.
    private const int LooseContext = 40;

    private static readonly FoldedSet StrongLinks = new("including incl among entre incluidas incluidos incluyendo and y e ( – — -");

    private static readonly HashSet<string> PersonMeasures =
    [
        Measures.Arrested, Measures.Targeted, Measures.Charged, Measures.Sentenced, Measures.InCustody, Measures.Rescued,
        Measures.Victims, Measures.Deported, Measures.Killed, Measures.Members,
    ];

    private readonly TokenStream tokens;
    private readonly IReadOnlyList<TextSpan> sentences;
    private readonly QuantityLexicon lexicon;
    private readonly CountedNounReader nouns;
    private readonly CurrencyReader currencies;
    private readonly Paragraphs paragraphs;
    private readonly List<NumberMatch> numbers;
    private readonly CueFinder cues;
    private readonly MeasureClassifier measures;
    private readonly List<QuantityMention> found = [];
    private PreviousFigure? previous;

    public QuantityScan(string text, string language, IReadOnlyList<TextSpan> sentences)
    {
        tokens = new TokenStream(text);
        this.sentences = sentences;
        lexicon = QuantityLexicon.For(language);
        nouns = new CountedNounReader(tokens, lexicon, NumberLexicons.For(language));
        currencies = new CurrencyReader(tokens, lexicon);
        paragraphs = new Paragraphs(text);
        numbers = NumberReader.Find(tokens, language, CountsSomething);
        cues = new CueFinder(tokens, lexicon, [.. numbers.Select(n => n.First)]);
        measures = new MeasureClassifier(tokens, cues, lexicon);
    }

    public IReadOnlyList<QuantityMention> Run()
    {
        for (var k = 0; k < numbers.Count; k++)
        {
            var number = numbers[k];
            var (sentenceFirst, sentenceLast) = SentenceOf(number.First);
            if (k + 1 < numbers.Count && RangeReader.Opener(tokens, number, numbers[k + 1]) is { } opener && number.Value < numbers[k + 1].Value)
            {
                ReadRange(number, numbers[k + 1], opener, sentenceFirst, sentenceLast);
                k++;
                continue;
            }

            if (Draft(number, sentenceFirst, sentenceLast) is { } figure)
            {
                Emit(figure, number.Value, figure.Qualifier);
            }
        }

        return found;
    }

    private void ReadRange(NumberMatch low, NumberMatch high, int opener, int sentenceFirst, int sentenceLast)
    {
        var noun = nouns.Read(high, sentenceLast);
        if (RangeReader.IsAgeRange(tokens, opener, noun.End))
        {
            return;
        }

        var figure = new FigureDraft(low, opener, Qualifier.AtLeast, true, noun, null, sentenceFirst, sentenceLast,
            paragraphs.Of(tokens[opener].Start), false, false, LinkStrength.None);
        var current = previous;
        Emit(figure, low.Value, Qualifier.AtLeast);
        previous = current;
        Emit(figure, high.Value, Qualifier.UpTo);
    }

    private FigureDraft? Draft(NumberMatch number, int sentenceFirst, int sentenceLast)
    {
        var noun = nouns.Read(number, sentenceLast);
        var currency = currencies.PrefixBefore(number.First);
        if (currency is not null)
        {
            noun = nouns.WithCash(noun, number.Last + 1);
        }

        var start = currency?.First ?? number.First;
        var (qualifier, first, stated) = QualifierReader.Read(tokens, lexicon, start, number.Implied);
        if (number.NeedsSupport && !IsSupported(number, noun, stated))
        {
            return null;
        }

        return new FigureDraft(number, first, qualifier, stated, noun, currency?.Currency, sentenceFirst, sentenceLast,
            paragraphs.Of(tokens[first].Start), tokens.IsAny(first - 1, lexicon.RemainderWords),
            lexicon.AnaphoraBefore.MatchEndingAt(tokens, first - 1) is not null, LinkTo(first));
    }

    // "una tonelada", "at least one", "one Peruvian woman"; not "una vecina" or "one of the largest".
    private bool IsSupported(NumberMatch number, CountedNoun noun, bool stated) =>
        stated || noun.Unit is not null
        || tokens.Is(number.First, "one") && noun.Class is not null and not NounClass.Unknown && noun.Link != FigureLink.Partitive;

    private void Emit(FigureDraft figure, decimal value, Qualifier qualifier)
    {
        var noun = figure.Noun;
        var (measure, population) = noun.IsBare && NumberOf(figure) is { } counted
            ? (counted.Measure ?? measures.Classify(figure, previous), counted.Population)
            : (measures.Classify(figure, previous), noun.Population);
        if (measure is null)
        {
            return;
        }

        var countsPeople = PersonMeasures.Contains(measure) || (measure == Measures.Other && noun.CountsPeople);
        if (countsPeople && noun.Unit is null && figure.Currency is null && (figure.Number.Fractional || value != decimal.Truncate(value)))
        {
            // Nobody counts 2.5 people: "Trump 2.0" is a name.
            return;
        }

        if (countsPeople)
        {
            population ??= InheritedPopulation(figure);
        }
        else
        {
            population = null;
        }

        var unit = figure.Currency ?? noun.Unit?.Unit;
        var span = new TextSpan(tokens[figure.First].Start, tokens[Math.Max(noun.End, figure.Number.Last)].End);
        var item = countsPeople ? null : noun.Item;
        found.Add(new QuantityMention(span, span.Of(tokens.Text), Normalize(value * (noun.Unit?.Factor ?? 1)), qualifier, measure,
            population, unit is null ? null : currencies.Resolve(unit), item));
        previous = new PreviousFigure(measure, population, countsPeople, noun.End, figure.Paragraph, figure.SentenceFirst);
    }

    // "The Public Ministry put the number of women freed at about 50": the bare figure counts the women freed.
    private (string? Measure, string? Population)? NumberOf(FigureDraft figure)
    {
        var first = Math.Max(figure.SentenceFirst, figure.First - NumberOfLookBack);
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
            return (cue is { Strength: CueStrength.Strong } strong ? strong.Measure : counted.Measure, counted.Population);
        }

        return null;
    }

    private string? InheritedPopulation(FigureDraft figure)
    {
        if (figure.Noun.Link == FigureLink.Anaphoric || figure.AnaphoraBefore)
        {
            // The group "them" names is the one a noun named, not the last figure's breakdown.
            return PopulationBefore(figure);
        }

        var sameSentence = previous is not null && previous.SentenceFirst == figure.SentenceFirst;
        return figure.Noun.IsBare && (sameSentence || figure.Link != LinkStrength.None) ? previous?.Population : null;
    }

    // The nearest noun naming a population before an anaphoric figure, in its paragraph: "These women … two of them".
    private string? PopulationBefore(FigureDraft figure)
    {
        var first = Math.Max(0, figure.First - PopulationLookBack);
        for (var j = figure.First - 1; j >= first && paragraphs.Of(tokens[j].Start) == figure.Paragraph; j--)
        {
            if (lexicon.Nouns.MatchEndingAt(tokens, j) is { Value.Population: { } population })
            {
                return population;
            }
        }

        return null;
    }

    // Only punctuation and list words between this figure and the last: "46 women, including seven minors".
    private LinkStrength LinkTo(int first)
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
            var abbreviation = tokens.IsSymbol(j, '.') && (tokens.Is(j - 1, "incl") || tokens.Is(j - 1, "approx"));
            if (!abbreviation && !tokens.IsAny(j, lexicon.LinkWords) || tokens.IsSymbol(j, '.') && !abbreviation)
            {
                return LinkStrength.None;
            }

            strong |= tokens.IsAny(j, StrongLinks);
        }

        return strong ? LinkStrength.Strong : LinkStrength.Weak;
    }

    private (int First, int Last) SentenceOf(int token)
    {
        var index = SentenceSplitter.IndexOf(sentences, tokens[token].Start);
        if (index < 0)
        {
            return (Math.Max(0, token - LooseContext), Math.Min(tokens.Count - 1, token + LooseContext));
        }

        var sentence = sentences[index];
        return (tokens.FirstAtOrAfter(sentence.Start), tokens.FirstAtOrAfter(sentence.End) - 1);
    }

    // Keeps "2000 kilos" and "1500 agentes" from being read as years.
    private bool CountsSomething(TokenStream stream, int index) =>
        lexicon.Units.MatchAt(stream, index) is not null || lexicon.Nouns.MatchAt(stream, index) is not null;

    // 500 × 0.001 is 0.500; the contract wants 0.5.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
