using System.Collections.Frozen;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Phrases of one or more tokens ("more than", "to proceed with the arrest of", "Approx .") matched against the token
/// stream forwards or backwards, longest first. A word ending in '*' matches any word it starts ("rescat*" matches
/// "rescataron", "rescate"). Lookups hash the token text without allocating; phrases whose anchor word is a prefix
/// are found by its first three letters.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private const int KeyLength = 3;

    private readonly Phrase[] phrases;
    private readonly Index first;
    private readonly Index last;

    // Which per-document memo of the token stream holds this lexicon's answers (forwards; backwards is the next slot), or
    // -1 when its answers are not kept.
    private readonly int slot;

    /// <param name="remember">Keep each token's answer for the document: for cues looked for in a window around every figure.</param>
    public PhraseLexicon(IEnumerable<(string Phrase, T Value)> entries, bool remember = false)
    {
        slot = remember ? TokenStream.NewMemoSlots(2) : -1;
        phrases = entries.Select(e => new Phrase(e.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Value))
            .OrderByDescending(p => p.Words.Length)
            .Select((p, i) => p with { Number = i + 1 })
            .ToArray();
        if (phrases.Length >= short.MaxValue)
        {
            throw new ArgumentException("too many phrases for one lexicon", nameof(entries));
        }

        first = new Index(phrases, p => p.Words[0]);
        last = new Index(phrases, p => p.Words[^1]);
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/>.</summary>
    /// <remarks>Each token is looked up once per document: the figure finders ask about the same words from many figures.</remarks>
    public PhraseMatch<T>? MatchAt(TokenStream tokens, int start)
    {
        if (!tokens.InRange(start))
        {
            return null;
        }

        var found = slot < 0 ? first.Longest(tokens, start, forward: true) : Remembered(tokens.Memo(slot), start, tokens, forward: true);
        return found is { } phrase
            ? new PhraseMatch<T>(start, start + phrase.Words.Length - 1, phrase.Value)
            : null;
    }

    /// <summary>The longest phrase that ends at token <paramref name="end"/>.</summary>
    public PhraseMatch<T>? MatchEndingAt(TokenStream tokens, int end)
    {
        if (!tokens.InRange(end))
        {
            return null;
        }

        var found = slot < 0 ? last.Longest(tokens, end, forward: false) : Remembered(tokens.Memo(slot + 1), end, tokens, forward: false);
        return found is { } phrase
            ? new PhraseMatch<T>(end - phrase.Words.Length + 1, end, phrase.Value)
            : null;
    }

    // The memo holds the phrase's number, -1 for none, 0 for not looked up yet.
    private Phrase? Remembered(short[] memo, int anchor, TokenStream tokens, bool forward)
    {
        if (memo[anchor] == 0)
        {
            var found = (forward ? first : last).Longest(tokens, anchor, forward);
            memo[anchor] = (short)(found?.Number ?? -1);
        }

        return memo[anchor] > 0 ? phrases[memo[anchor] - 1] : null;
    }

    private static bool WordMatches(ReadOnlySpan<char> token, string word) =>
        IsPrefix(word) ? FoldedComparer.StartsWith(token, word.AsSpan(0, word.Length - 1)) : FoldedComparer.Equal(token, word);

    private static bool IsPrefix(string word) => word.Length > 1 && word[^1] == '*';

    private sealed record Phrase(string[] Words, T Value)
    {
        /// <summary>1 + its place in the lexicon.</summary>
        public int Number { get; init; }
    }

    // Phrases by their anchor word: exact words by the word, prefixes by their first letters.
    private sealed class Index
    {
        private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> exact;
        private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> prefixed;
        private readonly Phrase[] shortPrefixes;

        public Index(Phrase[] phrases, Func<Phrase, string> anchor)
        {
            exact = Group(phrases.Where(p => !IsPrefix(anchor(p))), anchor);
            var prefixes = phrases.Where(p => IsPrefix(anchor(p))).ToArray();
            prefixed = Group(prefixes.Where(p => anchor(p).Length > KeyLength), p => anchor(p)[..KeyLength]);
            shortPrefixes = [.. prefixes.Where(p => anchor(p).Length <= KeyLength)];
        }

        public Phrase? Longest(TokenStream tokens, int anchor, bool forward)
        {
            var written = tokens.Span(anchor);
            Span<char> buffer = stackalloc char[Math.Min(written.Length, FoldedKey.MaxLength)];
            scoped ReadOnlySpan<char> word;
            if (written.Length <= FoldedKey.MaxLength)
            {
                FoldedComparer.Fold(written, buffer);
                word = buffer;
            }
            else
            {
                word = FoldedComparer.Fold(written.ToString());
            }

            var best = Longest(exact.TryGetValue(word, out var found) ? found : [], tokens, anchor, forward);
            if (word.Length >= KeyLength && prefixed.TryGetValue(word[..KeyLength], out var candidates))
            {
                best = Better(best, Longest(candidates, tokens, anchor, forward));
            }

            return shortPrefixes.Length == 0 ? best : Better(best, Longest(shortPrefixes, tokens, anchor, forward));
        }

        private static Phrase? Better(Phrase? a, Phrase? b) =>
            a is null ? b : b is null ? a : b.Words.Length > a.Words.Length ? b : a;

        // Candidates are sorted longest first, so the first that matches is the longest.
        private static Phrase? Longest(Phrase[] candidates, TokenStream tokens, int anchor, bool forward)
        {
            foreach (var phrase in candidates)
            {
                var length = phrase.Words.Length;
                var start = forward ? anchor : anchor - length + 1;
                if (start < 0 || start + length > tokens.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < length && matches; k++)
                {
                    matches = WordMatches(tokens.Span(start + k), phrase.Words[k]);
                }

                if (matches)
                {
                    return phrase;
                }
            }

            return null;
        }

        private static FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Group(IEnumerable<Phrase> phrases, Func<Phrase, string> key) =>
            phrases.GroupBy(p => FoldedComparer.Fold(key(p)), StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
