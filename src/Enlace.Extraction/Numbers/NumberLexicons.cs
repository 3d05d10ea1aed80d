using Enlace.Core.Documents;

namespace Enlace.Extraction.Numbers;

/// <summary>The number words to read a text with: its language's, or both when the language is undetermined.</summary>
internal sealed class NumberLexicons((FoldedLexicon<NumberWord> Lexicon, bool English)[] entries)
{
    private static readonly NumberLexicons Spanish = new([(SpanishNumberWords.Lexicon, false)]);
    private static readonly NumberLexicons English = new([(EnglishNumberWords.Lexicon, true)]);
    private static readonly NumberLexicons Both = new([(SpanishNumberWords.Lexicon, false), (EnglishNumberWords.Lexicon, true)]);

    // An array, so that looping over it for every word allocates no enumerator.
    public (FoldedLexicon<NumberWord> Lexicon, bool English)[] Entries { get; } = entries;

    public static NumberLexicons For(string language) => language switch
    {
        LanguageCode.Spanish => Spanish,
        LanguageCode.English => English,
        _ => Both,
    };

    /// <summary>The multiplier of a scale word after digits: "85 mil", "2.5 million".</summary>
    public decimal? ScaleOf(ReadOnlySpan<char> word)
    {
        foreach (var (lexicon, _) in Entries)
        {
            if (lexicon.TryGet(word, out var entry) && entry.Kind == NumberWordKind.Scale)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the word counts groups and takes "of"/"de" before the noun: "dozens of", "40 millones de".</summary>
    public bool IsGroupWord(ReadOnlySpan<char> word) =>
        TryGet(word, out var entry) && entry.Kind is NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.Collective or NumberWordKind.Vague;

    public bool TryGet(ReadOnlySpan<char> word, out NumberWord entry)
    {
        foreach (var (lexicon, _) in Entries)
        {
            if (lexicon.TryGet(word, out entry))
            {
                return true;
            }
        }

        entry = default;
        return false;
    }
}
