using System.Collections.Frozen;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Phrases of one or more tokens ("more than", "to proceed with the arrest of", "Approx .") matched against the token
/// stream forwards or backwards, longest first. A word ending in '*' matches any word it starts ("rescat*" matches
/// "rescataron", "rescate").
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> byFirst;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> byLast;
    private readonly Phrase[] prefixFirst;
    private readonly Phrase[] prefixLast;

    public PhraseLexicon(IEnumerable<(string Phrase, T Value)> entries)
    {
        var phrases = entries.Select(e => new Phrase(e.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Value))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
        byFirst = Index(phrases.Where(p => !IsPrefix(p.Words[0])), p => p.Words[0]);
        byLast = Index(phrases.Where(p => !IsPrefix(p.Words[^1])), p => p.Words[^1]);
        prefixFirst = [.. phrases.Where(p => IsPrefix(p.Words[0]))];
        prefixLast = [.. phrases.Where(p => IsPrefix(p.Words[^1]))];
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/>.</summary>
    public PhraseMatch<T>? MatchAt(TokenStream tokens, int start)
    {
        if (!tokens.InRange(start))
        {
            return null;
        }

        var best = Longest(byFirst.TryGetValue(tokens.Span(start), out var exact) ? exact : [], tokens, start, forward: true);
        var prefixed = Longest(prefixFirst, tokens, start, forward: true);
        return Better(best, prefixed);
    }

    /// <summary>The longest phrase that ends at token <paramref name="end"/>.</summary>
    public PhraseMatch<T>? MatchEndingAt(TokenStream tokens, int end)
    {
        if (!tokens.InRange(end))
        {
            return null;
        }

        var best = Longest(byLast.TryGetValue(tokens.Span(end), out var exact) ? exact : [], tokens, end, forward: false);
        var prefixed = Longest(prefixLast, tokens, end, forward: false);
        return Better(best, prefixed);
    }

    public bool StartsAt(TokenStream tokens, int start) => MatchAt(tokens, start) is not null;

    private static PhraseMatch<T>? Better(PhraseMatch<T>? a, PhraseMatch<T>? b) =>
        a is null ? b : b is null ? a : b.Value.Last - b.Value.First > a.Value.Last - a.Value.First ? b : a;

    private static PhraseMatch<T>? Longest(Phrase[] candidates, TokenStream tokens, int anchor, bool forward)
    {
        // Candidates are sorted longest first, so the first that matches is the longest.
        foreach (var phrase in candidates)
        {
            var length = phrase.Words.Length;
            var first = forward ? anchor : anchor - length + 1;
            if (first < 0 || first + length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < length && matches; k++)
            {
                matches = WordMatches(tokens.Span(first + k), phrase.Words[k]);
            }

            if (matches)
            {
                return new PhraseMatch<T>(first, first + length - 1, phrase.Value);
            }
        }

        return null;
    }

    private static bool WordMatches(ReadOnlySpan<char> token, string word) =>
        IsPrefix(word) ? FoldedComparer.StartsWith(token, word.AsSpan(0, word.Length - 1)) : FoldedComparer.Equal(token, word);

    private static bool IsPrefix(string word) => word.Length > 1 && word[^1] == '*';

    private static FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Index(IEnumerable<Phrase> phrases, Func<Phrase, string> key) =>
        phrases.GroupBy(key, FoldedComparer.Instance)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), FoldedComparer.Instance)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed record Phrase(string[] Words, T Value);
}
