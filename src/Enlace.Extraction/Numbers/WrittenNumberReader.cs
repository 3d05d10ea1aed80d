using Enlace.Core.Statements;

namespace Enlace.Extraction.Numbers;

/// <summary>
/// Reads a number written in words from a token on: "cuarenta y seis", "one hundred and twenty-three", "una docena",
/// "medio centenar", and the number half of a hyphenated compound ("ten-month").
/// </summary>
internal static class WrittenNumberReader
{
    /// <summary>A cheap test that spares most words the full reading.</summary>
    public static bool CanStart(ReadOnlySpan<char> word, FoldedLexicon<NumberWord> lexicon) =>
        lexicon.TryGet(FirstPart(word), out var entry) && entry.Kind != NumberWordKind.Connector;

    public static NumberMatch? Read(TokenStream tokens, int start, FoldedLexicon<NumberWord> lexicon, bool english)
    {
        var number = new WrittenNumber(english);
        var last = -1;
        TextSpan? attached = null;
        var i = start;
        while (tokens.IsWord(i) && attached is null)
        {
            var word = tokens.Span(i);
            if (word.Contains('-'))
            {
                if (!TakeHyphenated(number, tokens, i, lexicon, out attached))
                {
                    break;
                }

                last = i++;
                continue;
            }

            if (!lexicon.TryGet(word, out var entry))
            {
                break;
            }

            entry = Apocope(entry, number, english);

            if (entry.Kind == NumberWordKind.Connector)
            {
                if (!(tokens.IsWord(i + 1) && lexicon.TryGet(FirstPart(tokens.Span(i + 1)), out var next) && number.CanJoin(AsUnit(next, english))))
                {
                    break;
                }

                number.Take(entry);
                i++;
                continue;
            }

            if (!number.CanTake(entry))
            {
                break;
            }

            number.Take(entry);
            last = i++;
        }

        if (last < 0 || !number.HasValue)
        {
            return null;
        }

        return new NumberMatch(start, last, number.Value, number.Implied, true, number.NeedsSupport, attached);
    }

    // Inside a Spanish number "un" is one: "treinta y un mil", "doscientos un detenidos".
    private static NumberWord Apocope(NumberWord entry, WrittenNumber number, bool english) =>
        number.Last is null ? entry : AsUnit(entry, english);

    private static NumberWord AsUnit(NumberWord entry, bool english) =>
        !english && entry.Kind == NumberWordKind.Article ? new NumberWord(1, NumberWordKind.Unit) : entry;

    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> word) => word.IndexOf('-') is var dash and > 0 ? word[..dash] : word;

    // "twenty-three" is one number; "ten-month" is a number with a noun fused to it; "Chilean-born" is no number.
    private static bool TakeHyphenated(WrittenNumber number, TokenStream tokens, int index, FoldedLexicon<NumberWord> lexicon, out TextSpan? attached)
    {
        attached = null;
        var word = tokens.Span(index);
        var offset = tokens[index].Start;
        var taken = false;
        var partStart = 0;
        while (partStart < word.Length)
        {
            var length = word[partStart..].IndexOf('-');
            var part = length < 0 ? word[partStart..] : word.Slice(partStart, length);
            if (lexicon.TryGet(part, out var entry) && entry.Kind != NumberWordKind.Connector && number.CanTake(entry))
            {
                number.Take(entry);
                taken = true;
            }
            else
            {
                if (taken)
                {
                    attached = new TextSpan(offset + partStart, offset + word.Length);
                }

                return taken;
            }

            partStart += part.Length + 1;
        }

        return taken;
    }
}
