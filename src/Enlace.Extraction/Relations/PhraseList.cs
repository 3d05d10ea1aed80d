using System.Collections.Frozen;
using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Relations;

/// <summary>
/// Phrases of folded words ("traces its origins to", "la banda") looked up by their first word, so a rule that asks at
/// every token compares only the phrases that start with that token. The first listed phrase that matches wins.
/// </summary>
public sealed class PhraseList
{
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    // The first words, so most tokens are turned away by their rule bits before any lookup.
    private readonly WordList firstWords;

    public PhraseList(IEnumerable<string[]> phrases)
    {
        var byFirst = phrases.Where(p => p.Length > 0)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        byFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWords = WordList.Create([.. byFirst.Keys]);
    }

    /// <summary>From space-separated phrases.</summary>
    public PhraseList(IEnumerable<string> phrases)
        : this(phrases.Select(p => p.Split(' ')))
    {
    }

    /// <summary>The phrases whose first word is token <paramref name="i"/>, in the order listed; whether the rest follows is not checked.</summary>
    public string[][] StartingWith(EntityDocument doc, int i) =>
        doc.IsAny(i, firstWords) && byFirstWord.TryGetValue(doc.FoldedOf(i), out var phrases) ? phrases : [];

    /// <summary>The length in tokens of the first phrase that starts at token <paramref name="i"/>, or 0.</summary>
    public int MatchAt(EntityDocument doc, int i)
    {
        if (!doc.IsAny(i, firstWords) || !byFirstWord.TryGetValue(doc.FoldedOf(i), out var phrases))
        {
            return 0;
        }

        foreach (var words in phrases)
        {
            var k = 1;
            while (k < words.Length && doc.Is(i + k, words[k]))
            {
                k++;
            }

            if (k == words.Length)
            {
                return k;
            }
        }

        return 0;
    }
}
