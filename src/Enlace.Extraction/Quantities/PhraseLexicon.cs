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

    private readonly Index first;
    private readonly Index last;

    public PhraseLexicon(IEnumerable<(string Phrase, T Value)> entries)
    {
        var phrases = entries.Select(e => new Phrase(e.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Value))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
        first = new Index(phrases, p => p.Words[0]);
        last = new Index(phrases, p => p.Words[^1]);
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/>.</summary>
    public PhraseMatch<T>? MatchAt(TokenStream tokens, int start) =>
        tokens.InRange(start) ? first.Longest(tokens, start, forward: true) : null;

    /// <summary>The longest phrase that ends at token <paramref name="end"/>.</summary>
    public PhraseMatch<T>? MatchEndingAt(TokenStream tokens, int end) =>
        tokens.InRange(end) ? last.Longest(tokens, end, forward: false) : null;

    private static bool WordMatches(ReadOnlySpan<char> token, string word) =>
        IsPrefix(word) ? FoldedComparer.StartsWith(token, word.AsSpan(0, word.Length - 1)) : FoldedComparer.Equal(token, word);

    private static bool IsPrefix(string word) => word.Length > 1 && word[^1] == '*';

    private sealed record Phrase(string[] Words, T Value);

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

        public PhraseMatch<T>? Longest(TokenStream tokens, int anchor, bool forward)
        {
            var word = tokens.Span(anchor);
            var best = Longest(exact.TryGetValue(word, out var found) ? found : [], tokens, anchor, forward);
            if (word.Length >= KeyLength && prefixed.TryGetValue(word[..KeyLength], out var candidates))
            {
                best = Better(best, Longest(candidates, tokens, anchor, forward));
            }

            return shortPrefixes.Length == 0 ? best : Better(best, Longest(shortPrefixes, tokens, anchor, forward));
        }

        private static PhraseMatch<T>? Better(PhraseMatch<T>? a, PhraseMatch<T>? b) =>
            a is null ? b : b is null ? a : b.Value.Last - b.Value.First > a.Value.Last - a.Value.First ? b : a;

        // Candidates are sorted longest first, so the first that matches is the longest.
        private static PhraseMatch<T>? Longest(Phrase[] candidates, TokenStream tokens, int anchor, bool forward)
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
                    return new PhraseMatch<T>(start, start + length - 1, phrase.Value);
                }
            }

            return null;
        }

        private static FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Group(IEnumerable<Phrase> phrases, Func<Phrase, string> key) =>
            phrases.GroupBy(key, FoldedComparer.Instance)
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), FoldedComparer.Instance)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
