using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Enlace.Extraction.Numbers;

/// <summary>A word list with a value per word, looked up by a slice of the text without allocating.</summary>
internal sealed class FoldedLexicon<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public FoldedLexicon(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dictionary = new Dictionary<string, T>(FoldedComparer.Instance);
        foreach (var (word, value) in entries)
        {
            dictionary.TryAdd(word, value);
        }

        lookup = dictionary.ToFrozenDictionary(FoldedComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out T value) => lookup.TryGetValue(word, out value);

    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);
}
