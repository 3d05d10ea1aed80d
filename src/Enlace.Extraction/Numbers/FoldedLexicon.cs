using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Enlace.Extraction.Numbers;

/// <summary>A word list with a value per word, looked up by a slice of the text without allocating.</summary>
/// <remarks>Keyed by the folded words, like <see cref="FoldedSet"/>; the first entry of words that fold alike wins.</remarks>
internal sealed class FoldedLexicon<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public FoldedLexicon(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in entries)
        {
            dictionary.TryAdd(FoldedComparer.Fold(word), value);
        }

        lookup = dictionary.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out T value)
    {
        if (word.Length > FoldedKey.MaxLength)
        {
            return lookup.TryGetValue(FoldedComparer.Fold(word.ToString()), out value);
        }

        Span<char> folded = stackalloc char[word.Length];
        FoldedComparer.Fold(word, folded);
        return lookup.TryGetValue(folded, out value);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);
}
