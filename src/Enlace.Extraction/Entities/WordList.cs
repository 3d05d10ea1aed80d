using System.Collections;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Folded words a rule looks for ("distrito", "faction", "según"), checked against a token with one lookup rather than
/// one comparison per word: the rules ask about most tokens of every document.
/// </summary>
[CollectionBuilder(typeof(WordList), nameof(Create))]
public sealed class WordList : IEnumerable<string>
{
    private readonly string[] words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private WordList(string[] words)
    {
        this.words = words;
        lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Bit = RuleWords.Register(words);
    }

    /// <summary>This list's bit in <see cref="RuleWords"/>, or -1 when it has none.</summary>
    public int Bit { get; }

    public static WordList Create(ReadOnlySpan<string> words) => new(words.ToArray());

    public bool Contains(ReadOnlySpan<char> folded) => lookup.Contains(folded);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
