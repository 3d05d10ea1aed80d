using Enlace.Core.Documents;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Numbers;

/// <summary>
/// Finds the numbers of a text that can be counts or amounts: digits in both conventions ("1.250", "48,000", "2,5",
/// "2.5 million"), and numbers written out in Spanish or English ("ciento veintitrés", "forty-six", "una docena",
/// "dozens"). Years, days of the month, clock times, phone numbers, percentages, ordinals, references ("Law 30077",
/// "MS-13") and list numbering are left out; so is anything above 10^15, and "un", "una", "one" on their own, which
/// are numbers only when a qualifier or a counted noun says so.
/// </summary>
public static class NumberReader
{
    private const decimal Largest = 1_000_000_000_000_000m;

    public static IReadOnlyList<NumberMention> Read(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new TokenStream(text);
        var matches = Find(tokens, language, static (stream, index) => stream.IsAny(index, NumberContextWords.CountedWords));
        return [.. matches.Where(m => !m.NeedsSupport).Select(m => new NumberMention(new TextSpan(tokens[m.First].Start, tokens[m.Last].End), m.Value, m.Implied, m.IsWords))];
    }

    /// <param name="countsSomething">Whether a counted noun starts at a token: it keeps "2000 kilos" from being read as a year.</param>
    internal static List<NumberMatch> Find(TokenStream tokens, string language, Func<TokenStream, int, bool> countsSomething)
    {
        var lexicons = NumberLexicons.For(language);
        var matches = new List<NumberMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (match, next) = tokens[i].Kind switch
            {
                TokenKind.Number => ReadDigits(tokens, i, lexicons),
                TokenKind.Word => ReadWords(tokens, i, lexicons),
                _ => (null, i + 1),
            };

            if (match is { } found && !NumberExclusions.IsExcluded(tokens, found, countsSomething))
            {
                matches.Add(found);
            }

            i = next;
        }

        return matches;
    }

    private static (NumberMatch? Match, int Next) ReadDigits(TokenStream tokens, int index, NumberLexicons lexicons)
    {
        var reading = DigitParser.Read(tokens.Span(index));
        var value = reading.Value;
        var last = index;
        var absurd = reading.Shape == DigitShape.Absurd;
        while (tokens.IsWord(last + 1) && lexicons.ScaleOf(tokens.Span(last + 1)) is { } scale)
        {
            absurd |= value > Largest / scale;
            value = absurd ? 0 : value * scale;
            last++;
        }

        if (reading.Shape != DigitShape.Amount || absurd)
        {
            // Times, dates and codes are not amounts; an absurd figure is skipped with its scale words.
            return (null, last + 1);
        }

        TextSpan? attached = null;
        if (tokens.IsSymbol(last + 1, '-') && tokens.Touch(last, last + 1) && tokens.IsWord(last + 2) && tokens.Touch(last + 1, last + 2))
        {
            attached = new TextSpan(tokens[last + 2].Start, tokens[last + 2].End);
        }

        var fractional = reading.Fractional && last == index;
        return (new NumberMatch(index, last, value, Qualifier.Exact, false, AttachedNoun: attached, Fractional: fractional), last + 1);
    }

    private static (NumberMatch? Match, int Next) ReadWords(TokenStream tokens, int index, NumberLexicons lexicons)
    {
        NumberMatch? best = null;
        foreach (var (lexicon, english) in lexicons.Entries)
        {
            if (WrittenNumberReader.CanStart(tokens.Span(index), lexicon) && WrittenNumberReader.Read(tokens, index, lexicon, english) is { } match && (best is null || match.Last > best.Value.Last))
            {
                best = match;
            }
        }

        return best switch
        {
            null => (null, index + 1),
            { Value: > Largest } => (null, best.Value.Last + 1),
            _ => (best, best.Value.Last + 1),
        };
    }
}
