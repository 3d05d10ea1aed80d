using Enlace.Core.Statements;
using Enlace.Extraction.Numbers;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Quantities;

/// <summary>Reads every figure of one document in order, carrying the last one forward for the figures that continue it.</summary>
internal sealed class QuantityScan
{
    // Without a sentence list, a figure's context is this many tokens either side.
    private const int LooseContext = 40;

    private static readonly HashSet<string> PersonMeasures =
    [
        Measures.Arrested, Measures.Targeted, Measures.Charged, Measures.Sentenced, Measures.InCustody, Measures.Rescued,
        Measures.Victims, Measures.Deported, Measures.Killed, Measures.Members,
    ];

    private readonly TokenStream tokens;
    private readonly IReadOnlyList<TextSpan> sentences;
    private readonly QuantityLexicon lexicon;
    private readonly Paragraphs paragraphs;
    private readonly List<NumberMatch> numbers;
    private readonly CountedNounReader nouns;
    private readonly UnitPhraseReader units;
    private readonly PopulationReader populations;
    private readonly CurrencyReader currencies;
    private readonly MeasureClassifier measures;
    private readonly NumberOfReader numberOf;
    private readonly List<QuantityMention> found = [];
    private PreviousFigure? previous;

    public QuantityScan(string text, string language, IReadOnlyList<TextSpan> sentences)
    {
        tokens = new TokenStream(text);
        this.sentences = sentences;
        lexicon = QuantityLexicon.For(language);
        paragraphs = new Paragraphs(text);
        numbers = NumberReader.Find(tokens, language, CountsSomething);
        populations = new PopulationReader(tokens, lexicon, paragraphs);
        nouns = new CountedNounReader(tokens, lexicon, NumberLexicons.For(language), populations);
        units = new UnitPhraseReader(tokens, lexicon);
        currencies = new CurrencyReader(tokens, lexicon);
        var cues = new CueFinder(tokens, lexicon, [.. numbers.Select(n => n.First)]);
        measures = new MeasureClassifier(tokens, cues, lexicon);
        numberOf = new NumberOfReader(tokens, lexicon, nouns, cues);
    }

    public IReadOnlyList<QuantityMention> Run()
    {
        for (var k = 0; k < numbers.Count; k++)
        {
            var number = numbers[k];
            var (sentenceFirst, sentenceLast) = SentenceOf(number.First);
            if (k + 1 < numbers.Count && RangeReader.Opener(tokens, number, numbers[k + 1]) is { } opener && number.Value < numbers[k + 1].Value
                && ReadRange(number, numbers[k + 1], opener, sentenceFirst, sentenceLast))
            {
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

    // False when the two numbers are no range after all: "12-25" with nothing counted after it.
    private bool ReadRange(NumberMatch low, NumberMatch high, int opener, int sentenceFirst, int sentenceLast)
    {
        var noun = nouns.Read(high, sentenceLast);
        if (RangeReader.IsAgeRange(tokens, opener, noun.End))
        {
            return true;
        }

        if (opener == low.First && noun.Unit is null && noun.Class is null or NounClass.Unknown)
        {
            return false;
        }

        var figure = new FigureDraft(low, opener, Qualifier.AtLeast, true, noun, null, sentenceFirst, sentenceLast,
            paragraphs.Of(tokens[opener].Start), false, false, false, LinkStrength.None);
        var before = previous;
        Emit(figure, low.Value, Qualifier.AtLeast);
        previous = before;
        Emit(figure, high.Value, Qualifier.UpTo);
        return true;
    }

    private FigureDraft? Draft(NumberMatch number, int sentenceFirst, int sentenceLast)
    {
        var noun = nouns.Read(number, sentenceLast);
        var currency = currencies.PrefixBefore(number.First);
        if (currency is not null)
        {
            noun = units.WithCash(noun, number.Last + 1);
        }

        var start = currency?.First ?? number.First;
        var (qualifier, first, stated) = QualifierReader.Read(tokens, lexicon, start, number.Implied);
        if (!stated && QualifierReader.After(tokens, lexicon, noun.End) is { } after)
        {
            (qualifier, stated, noun) = (after.Value, true, noun with { End = after.Last });
        }

        if (number.NeedsSupport && !IsSupported(number, noun, stated))
        {
            return null;
        }

        return new FigureDraft(number, first, qualifier, stated, noun, currency?.Currency, sentenceFirst, sentenceLast,
            paragraphs.Of(tokens[first].Start), tokens.IsAny(first - 1, lexicon.RemainderWords),
            lexicon.AnaphoraBefore.MatchEndingAt(tokens, first - 1) is not null, lexicon.TotalBefore.MatchEndingAt(tokens, first - 1) is not null,
            FigureLinks.Between(tokens, lexicon, previous, first),
            GroupMeasure(first, sentenceFirst));
    }

    // "De los aprehendidos, 11 son de nacionalidad venezolana": the group named before the comma says what happened.
    private string? GroupMeasure(int first, int sentenceFirst)
    {
        if (!tokens.IsSymbol(first - 1, ','))
        {
            return null;
        }

        for (var j = first - 2; j >= Math.Max(sentenceFirst, first - 8); j--)
        {
            if (lexicon.PartitiveAfter.MatchAt(tokens, j) is { } partitive && (j == sentenceFirst || tokens.IsSymbol(j - 1, ',')))
            {
                for (var k = partitive.Last + 1; k < first - 1; k++)
                {
                    if (lexicon.Nouns.MatchAt(tokens, k) is { Value.Measure: { } measure })
                    {
                        return measure;
                    }

                    if (lexicon.PersonCues.MatchAt(tokens, k) is { Value.Strength: CueStrength.Strong } cue)
                    {
                        return cue.Value.Measure;
                    }
                }

                return null;
            }
        }

        return null;
    }

    // "una tonelada", "at least one", "one Peruvian woman"; not "una vecina" or "one of the largest".
    private bool IsSupported(NumberMatch number, CountedNoun noun, bool stated) =>
        stated || noun.Unit is not null
        || tokens.Is(number.First, "one") && noun.Class is not null and not NounClass.Unknown && noun.Link != FigureLink.Partitive;

    private void Emit(FigureDraft figure, decimal value, Qualifier qualifier)
    {
        var noun = figure.Noun;
        var (measure, population) = noun.IsBare && numberOf.Read(figure) is { } counted
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

        population = countsPeople ? population ?? populations.Inherited(figure, previous) : null;
        var unit = figure.Currency ?? noun.Unit?.Unit;
        var span = new TextSpan(tokens[figure.First].Start, tokens[Math.Max(noun.End, figure.Number.Last)].End);
        found.Add(new QuantityMention(span, span.Of(tokens.Text), Normalize(value * (noun.Unit?.Factor ?? 1)), qualifier, measure,
            population, unit is null ? null : currencies.Resolve(unit), countsPeople ? null : noun.Item));
        previous = new PreviousFigure(measure, population, countsPeople, noun.End, figure.Paragraph, figure.SentenceFirst);
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
