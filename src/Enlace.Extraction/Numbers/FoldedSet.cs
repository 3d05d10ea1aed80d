using System.Collections.Frozen;

namespace Enlace.Extraction.Numbers;

/// <summary>A set of words, matched ignoring case and accents, looked up by a slice of the text without allocating.</summary>
/// <remarks>The words are kept folded (<see cref="FoldedComparer.Fold(string)"/>) and a slice is folded before an ordinal lookup,
/// which the runtime's frozen sets do much faster than a lookup through a folding comparer.</remarks>
internal sealed class FoldedSet(IEnumerable<string> words)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup =
        words.Select(FoldedComparer.Fold).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public FoldedSet(string spaceSeparated)
        : this(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > FoldedKey.MaxLength)
        {
            return lookup.Contains(FoldedComparer.Fold(word.ToString()));
        }

        Span<char> folded = stackalloc char[word.Length];
        FoldedComparer.Fold(word, folded);
        return lookup.Contains(folded);
    }
}
