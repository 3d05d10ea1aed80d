namespace Enlace.Extraction.Numbers;

/// <summary>
/// The text cut into words, digit runs and symbols. Whitespace is dropped but stays visible through the gaps between
/// tokens, which is how line starts, blank lines and "12kg" (no gap) are told apart.
/// </summary>
internal sealed class TokenStream
{
    private static int memoSlots;

    private readonly Token[] tokens;

    // Answers that lexicons looked up for this text, one array of tokens per slot (see NewMemoSlots).
    private short[]?[] memos = [];

    public TokenStream(string text)
    {
        Text = text;
        tokens = Tokenize(text);
    }

    public string Text { get; }

    /// <summary>Reserves <paramref name="count"/> memo slots for a lexicon that answers the same question for every text.</summary>
    public static int NewMemoSlots(int count) => Interlocked.Add(ref memoSlots, count) - count;

    /// <summary>One entry per token for the owner of <paramref name="slot"/> to remember its answers in; 0 until answered.</summary>
    public short[] Memo(int slot)
    {
        if (slot >= memos.Length)
        {
            Array.Resize(ref memos, Math.Max(slot + 1, Volatile.Read(ref memoSlots)));
        }

        return memos[slot] ??= new short[tokens.Length];
    }

    public int Count => tokens.Length;

    public Token this[int index] => tokens[index];

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(tokens[index].Start, tokens[index].Length);

    public string TextOf(int first, int last) => Text[tokens[first].Start..tokens[last].End];

    public bool IsWord(int index) => InRange(index) && tokens[index].Kind == TokenKind.Word;

    public bool IsNumber(int index) => InRange(index) && tokens[index].Kind == TokenKind.Number;

    public bool IsSymbol(int index, char symbol) =>
        InRange(index) && tokens[index].Kind == TokenKind.Symbol && Text[tokens[index].Start] == symbol;

    public bool Is(int index, string folded) => InRange(index) && FoldedComparer.Equal(Span(index), folded);

    public bool IsAny(int index, FoldedSet words) => InRange(index) && words.Contains(Span(index));

    public bool InRange(int index) => index >= 0 && index < tokens.Length;

    /// <summary>True when nothing, not even a space, separates the two neighbouring tokens.</summary>
    public bool Touch(int left, int right) => InRange(left) && InRange(right) && tokens[left].End == tokens[right].Start;

    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text[tokens[index].Start]);

    public bool IsLowercaseWord(int index) => IsWord(index) && char.IsLower(Text[tokens[index].Start]);

    /// <summary>True when only spaces or tabs separate the token from the start of its line.</summary>
    public bool StartsLine(int index)
    {
        for (var i = tokens[index].Start - 1; i >= 0; i--)
        {
            var c = Text[i];
            if (c == '\n')
            {
                return true;
            }

            if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a line break falls between the two tokens.</summary>
    public bool LineBreakBetween(int left, int right) =>
        Text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End).Contains('\n');

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int FirstAtOrAfter(int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Written into a rented buffer and copied out once, at the exact length.
    private static Token[] Tokenize(string text)
    {
        var tokens = new Buffer(text.Length / 5 + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var end = WordEnd(text, i);
                tokens.Add(new Token(i, end, TokenKind.Word));
                i = end;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = NumberEnd(text, i);
                tokens.Add(new Token(i, end, TokenKind.Number));
                i = end;
            }
            else
            {
                var end = SymbolEnd(text, i);
                tokens.Add(new Token(i, end, TokenKind.Symbol));
                i = end;
            }
        }

        return tokens.ToArrayAndReturn();
    }

    private struct Buffer(int capacity)
    {
        private Token[] items = System.Buffers.ArrayPool<Token>.Shared.Rent(Math.Min(capacity, 1 << 16));
        private int count;

        public void Add(Token token)
        {
            if (count == items.Length)
            {
                var larger = System.Buffers.ArrayPool<Token>.Shared.Rent(items.Length * 2);
                items.AsSpan(0, count).CopyTo(larger);
                System.Buffers.ArrayPool<Token>.Shared.Return(items);
                items = larger;
            }

            items[count++] = token;
        }

        public readonly Token[] ToArrayAndReturn()
        {
            var result = items.AsSpan(0, count).ToArray();
            System.Buffers.ArrayPool<Token>.Shared.Return(items);
            return result;
        }
    }

    // One symbol, or a run of the same symbol ("...", "----", "😀😀😀"): a run says no more than one of them.
    private static int SymbolEnd(string text, int i)
    {
        var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        var end = i + width;
        while (end + width <= text.Length && text.AsSpan(end, width).SequenceEqual(text.AsSpan(i, width)))
        {
            end += width;
        }

        return end;
    }

    // Letters, combining marks, and hyphens or apostrophes between letters ("twenty-three", "Prosecutor's").
    private static int WordEnd(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                end++;
            }
            else if (c is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // Digits and the separators between digits: "1.250", "2,5", "11:35", "2/10/2025".
    private static int NumberEnd(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                end++;
            }
            else if (c is '.' or ',' or ':' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
