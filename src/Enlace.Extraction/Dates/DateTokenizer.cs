using System.Globalization;

namespace Enlace.Extraction.Dates;

/// <summary>Cuts a stretch of text into words, digit runs and single symbols, skipping white space, and classifies each word.</summary>
internal static class DateTokenizer
{
    public static void Tokenize(string text, int start, int end, CalendarLexicon lexicon, List<DateToken> tokens)
    {
        tokens.Clear();
        var lineBreak = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            var tokenStart = i;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = DateTokenKind.Number;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < end && IsWordPart(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = DateTokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            var word = kind == DateTokenKind.Word ? lexicon.Classify(text.AsSpan(tokenStart, i - tokenStart)) : DateWord.None;
            tokens.Add(new DateToken(tokenStart, i, kind, lineBreak, word));
            lineBreak = false;
        }
    }

    // Combining accents belong to the word they decorate ("sa\u0301bado" written in decomposed form).
    private static bool IsWordPart(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
