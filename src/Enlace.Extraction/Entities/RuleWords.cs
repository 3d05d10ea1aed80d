using System.Collections.Frozen;

namespace Enlace.Extraction.Entities;

/// <summary>
/// The rules' word lists (<see cref="WordList"/>), each given a bit, and every listed word with the bits of the lists it is
/// in: a document looks each of its tokens up once and then answers "is this token one of those words?" for any list from
/// the bits. Lists register as their rules are first used; a document made before a list registered asks the list itself.
/// </summary>
internal static class RuleWords
{
    /// <summary>How many lists get a bit; further lists are asked directly.</summary>
    public const int Capacity = 64;

    private static readonly Lock Gate = new();
    private static Snapshot current = new(FrozenDictionary<string, ulong>.Empty, 0);

    public static Snapshot Current => Volatile.Read(ref current);

    /// <summary>Gives the list of <paramref name="words"/> the next bit; -1 once all are taken.</summary>
    public static int Register(IEnumerable<string> words)
    {
        lock (Gate)
        {
            var bit = current.Lists;
            if (bit >= Capacity)
            {
                return -1;
            }

            var masks = new Dictionary<string, ulong>(current.Masks, StringComparer.Ordinal);
            foreach (var word in words)
            {
                masks[word] = masks.GetValueOrDefault(word) | (1UL << bit);
            }

            Volatile.Write(ref current, new Snapshot(masks.ToFrozenDictionary(StringComparer.Ordinal), bit + 1));
            return bit;
        }
    }

    /// <summary>The lists registered so far (bits 0 to <see cref="Lists"/> - 1) and the words in them.</summary>
    public sealed class Snapshot(FrozenDictionary<string, ulong> masks, int lists)
    {
        public FrozenDictionary<string, ulong> Masks { get; } = masks;

        public FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = masks.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Lists { get; } = lists;
    }
}
