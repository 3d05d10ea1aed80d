using System.Collections.Frozen;
using System.Globalization;
using Enlace.Core.Documents;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Language;

/// <summary>
/// Tells Spanish from English by their function words and Spanish spelling (ñ, ¿, ¡, accented vowels). It runs on every
/// ingested file, so it reads a bounded sample, allocates nothing per word and answers "und" rather than guess.
/// </summary>
public static class LanguageDetector
{
    // A page or two settles the question; reading a whole 300-page report would only cost time.
    private const int SampleLength = 20_000;

    private const int MinimumWords = 3;

    // The winner must hold this share of all evidence, so a text that is half Spanish, half English is "und".
    private const int WinningPercent = 65;

    // Longer than any listed word: longer words are skipped without a lookup.
    private const int MaxWordLength = 12;

    // Evidence is counted in halves: a function word is worth 2, an accented vowel 1.
    private const int WordWeight = 2;
    private const int StrongLetterWeight = 2;
    private const int AccentWeight = 1;

    private const string Other = "other";

    // Function words only: names, places and topic words say what a text is about, not which language it is in. Words
    // common to both languages ("a", "no", "me", "he", "son") are left out. French, Portuguese, Italian and German words
    // count as evidence against both, so those texts come out "und" instead of Spanish.
    private static readonly FrozenDictionary<string, string> FunctionWords = Build(
        (LanguageCode.Spanish,
            "de la que el en y los del se las por un para con una su al lo como más pero sus le ya o fue este ha sí porque " +
            "esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno les ni contra " +
            "otros ese eso ante ellos esto antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada " +
            "muchos cual poco ella estar estas algunas algo nosotros fueron según tras han había está están era dijo ser " +
            "cuyo cuya aunque mientras después además sido tiene tienen hace habían eran así"),
        (LanguageCode.English,
            "the and of to in that it is was for on with as by at from his her they be this have are were been which an " +
            "or not but had their said after who will would its into than more she we there when about also other some " +
            "these what all has could should them him being over under while during between where whose our those"),
        (Other,
            "et est une dans pour avec qui des il ne pas sont cette nous vous au aux du und ist nicht mit ein eine den " +
            "dem sich auch wird che della sono gli não uma são em ao mais isso"));

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer words are no function word: they are passed over without a lookup.
    private static readonly int LongestFunctionWord = FunctionWords.Keys.Max(w => w.Length);

    public static string Detect(string text) => Detect(text.AsSpan());

    public static string Detect(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        Span<char> word = stackalloc char[MaxWordLength];
        int wordLength = 0, words = 0, spanish = 0, english = 0, other = 0;
        var wordTooLong = false;

        // One pass past the end flushes the last word.
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            spanish += SpellingEvidence(c);
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (wordLength < MaxWordLength)
                {
                    word[wordLength++] = InvariantLower.Of(c);
                }
                else
                {
                    wordTooLong = true;
                }

                continue;
            }

            if (wordLength > 0 && wordLength <= LongestFunctionWord && !wordTooLong && FunctionWordLookup.TryGetValue(word[..wordLength], out var language))
            {
                words++;
                if (language == LanguageCode.Spanish)
                {
                    spanish += WordWeight;
                }
                else if (language == LanguageCode.English)
                {
                    english += WordWeight;
                }
                else
                {
                    other += WordWeight;
                }
            }

            wordLength = 0;
            wordTooLong = false;
        }

        var total = spanish + english + other;
        if (words < MinimumWords || total == 0)
        {
            return LanguageCode.Undetermined;
        }

        return spanish * 100 >= total * WinningPercent ? LanguageCode.Spanish
            : english * 100 >= total * WinningPercent ? LanguageCode.English
            : LanguageCode.Undetermined;
    }

    private static int SpellingEvidence(char c) => c switch
    {
        'ñ' or 'Ñ' or '¿' or '¡' => StrongLetterWeight,
        'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü' or 'Á' or 'É' or 'Í' or 'Ó' or 'Ú' or 'Ü' => AccentWeight,
        _ => 0,
    };

    private static FrozenDictionary<string, string> Build(params (string Language, string Words)[] lists)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, list) in lists)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.TryAdd(word, language);
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
