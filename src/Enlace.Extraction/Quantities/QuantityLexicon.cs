using Enlace.Core.Documents;
using Enlace.Core.Statements;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>A language's <see cref="QuantityVocabulary"/> compiled for matching against tokens; both languages for "und".</summary>
internal sealed class QuantityLexicon
{
    private static readonly QuantityLexicon English = new([EnglishVocabulary.Vocabulary]);
    private static readonly QuantityLexicon Spanish = new([SpanishVocabulary.Vocabulary]);
    private static readonly QuantityLexicon Both = new([SpanishVocabulary.Vocabulary, EnglishVocabulary.Vocabulary]);

    private QuantityLexicon(IReadOnlyList<QuantityVocabulary> vocabularies)
    {
        // Cues are looked for in a window around every figure, so each token's answer is kept for the document.
        PhraseLexicon<T> Phrases<T>(Func<QuantityVocabulary, IEnumerable<(string, T)>> select, bool remember = false) => new(vocabularies.SelectMany(select), remember);
        PhraseLexicon<bool> Marks(Func<QuantityVocabulary, IEnumerable<string>> select, bool remember = false) => new(vocabularies.SelectMany(select).Select(p => (p, true)), remember);
        FoldedSet Words(Func<QuantityVocabulary, string> select) => new(string.Join(' ', vocabularies.Select(select)));

        Qualifiers = Phrases(v => v.Qualifiers);
        PersonCues = Phrases(v => v.PersonCues, remember: true);
        SeizureCues = Marks(v => v.SeizureCues, remember: true);
        SentenceCues = Marks(v => v.SentenceCues, remember: true);
        HypotheticalCues = Marks(v => v.HypotheticalCues, remember: true);
        Nouns = Phrases(v => v.Nouns);
        Units = Phrases(v => v.Units);
        CurrencyPrefixes = Phrases(v => v.CurrencyPrefixes);
        PopulationModifiers = Phrases(v => v.PopulationModifiers);
        AnaphoraAfter = Marks(v => v.AnaphoraAfter);
        AnaphoraBefore = Marks(v => v.AnaphoraBefore);
        TotalBefore = Marks(v => v.TotalBefore);
        PartitiveAfter = Marks(v => v.PartitiveAfter);
        NumberOf = Marks(v => v.NumberOf);
        ItemWords = Marks(v => v.ItemWords);
        CashWords = Marks(v => v.CashWords);
        NationalityPhrase = Marks(v => v.NationalityPhrase);
        ValueCues = Marks(v => v.ValueCues);
        PostQualifiers = Phrases(v => v.PostQualifiers);
        GapWords = Words(v => v.GapWords);
        LinkWords = Words(v => v.LinkWords);
        RemainderWords = Words(v => v.RemainderWords);
        Modifiers = Words(v => v.Modifiers);
        FunctionWords = Words(v => v.FunctionWords);
        Copulas = Words(v => v.Copulas);
        SingleWordUnits = new(vocabularies.SelectMany(v => v.Units).Where(u => !u.Phrase.Contains(' ')).Select(u => KeyValuePair.Create(u.Phrase, u.Unit)));
        SingleWordNouns = new(vocabularies.SelectMany(v => v.Nouns).Where(n => !n.Phrase.Contains(' ')).Select(n => KeyValuePair.Create(n.Phrase, n.Sense)));
    }

    public PhraseLexicon<Qualifier> Qualifiers { get; }

    public PhraseLexicon<MeasureCue> PersonCues { get; }

    public PhraseLexicon<bool> SeizureCues { get; }

    public PhraseLexicon<bool> SentenceCues { get; }

    public PhraseLexicon<bool> HypotheticalCues { get; }

    public PhraseLexicon<NounSense> Nouns { get; }

    public PhraseLexicon<UnitSense> Units { get; }

    public PhraseLexicon<string> CurrencyPrefixes { get; }

    public PhraseLexicon<string> PopulationModifiers { get; }

    public PhraseLexicon<bool> AnaphoraAfter { get; }

    public PhraseLexicon<bool> AnaphoraBefore { get; }

    public PhraseLexicon<bool> TotalBefore { get; }

    public PhraseLexicon<bool> PartitiveAfter { get; }

    public PhraseLexicon<bool> NumberOf { get; }

    public PhraseLexicon<bool> ItemWords { get; }

    public PhraseLexicon<bool> CashWords { get; }

    public PhraseLexicon<bool> NationalityPhrase { get; }

    public PhraseLexicon<bool> ValueCues { get; }

    public PhraseLexicon<Qualifier> PostQualifiers { get; }

    public FoldedSet GapWords { get; }

    public FoldedSet LinkWords { get; }

    public FoldedSet RemainderWords { get; }

    public FoldedSet Modifiers { get; }

    public FoldedSet FunctionWords { get; }

    public FoldedSet Copulas { get; }

    /// <summary>Units and nouns by a single word, for a noun fused to a number: "ten-month", "22-count".</summary>
    public FoldedLexicon<UnitSense> SingleWordUnits { get; }

    public FoldedLexicon<NounSense> SingleWordNouns { get; }

    public static QuantityLexicon For(string language) => language switch
    {
        LanguageCode.Spanish => Spanish,
        LanguageCode.English => English,
        _ => Both,
    };
}
