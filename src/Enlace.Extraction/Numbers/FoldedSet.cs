using System.Collections.Frozen;

namespace Enlace.Extraction.Numbers;

/// <summary>A set of words, matched ignoring case and accents, looked up by a slice of the text without allocating.</summary>
internal sealed class FoldedSet(IEnumerable<string> words)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
        words.ToFrozenSet(FoldedComparer.Instance).GetAlternateLookup<ReadOnlySpan<char>>();

    public FoldedSet(string spaceSeparated)
        : this(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
