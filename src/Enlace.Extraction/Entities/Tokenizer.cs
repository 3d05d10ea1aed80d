using System.Buffers;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Cuts a text into words, numbers and single punctuation marks. Hyphens and apostrophes inside a word stay in it
/// ("Rivas-Oquendo", "MS-13", "Don't"), but a possessive "'s" is a token of its own so "Peru's" still names Peru.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text, IReadOnlyList<TextSpan>? sentences = null)
    {
        // Written into a rented buffer and copied out once, at the exact length.
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Min(text.Length / 5 + 16, 1 << 16));
        var count = 0;
        var sentence = 0;
        var lineStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                lineStart |= c == '\n';
                i++;
                continue;
            }

            var start = i;
            TokenShape shape;
            if (char.IsLetterOrDigit(c))
            {
                i = WordEnd(text, i);
                shape = Shape(text, start, i);
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i += 2;
                shape = TokenShape.Word;
            }
            else
            {
                i++;
                shape = TokenShape.Punctuation;
            }

            if (lineStart)
            {
                shape |= TokenShape.LineStart | TokenShape.SentenceStart;
                lineStart = false;
            }

            if (sentences is not null)
            {
                while (sentence < sentences.Count && sentences[sentence].End <= start)
                {
                    sentence++;
                }

                if (sentence < sentences.Count && sentences[sentence].Start == start)
                {
                    shape |= TokenShape.SentenceStart;
                }
            }

            if (count == tokens.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = new Token(start, i - start, shape);
        }

        var result = tokens.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(tokens);
        return result;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static int WordEnd(string text, int i)
    {
        var digits = char.IsDigit(text[i]);
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            var joinsNext = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (!joinsNext)
            {
                break;
            }

            if (c is '-' or '‐' or '‑')
            {
                i++;
            }
            else if (IsApostrophe(c) && !IsPossessive(text, i))
            {
                i++;
            }
            else if (digits && c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static TokenShape Shape(string text, int start, int end)
    {
        var first = text[start];
        if (char.IsDigit(first))
        {
            return TokenShape.Number;
        }

        var shape = TokenShape.Word;
        if (char.IsUpper(first))
        {
            shape |= TokenShape.Capitalised;
            var letters = 0;
            var allUpper = true;
            for (var i = start; i < end && allUpper; i++)
            {
                if (char.IsLetter(text[i]))
                {
                    letters++;
                    allUpper = !char.IsLower(text[i]);
                }
            }

            if (allUpper && letters >= 2)
            {
                shape |= TokenShape.AllCapitals;
            }
        }

        return shape;
    }
}
