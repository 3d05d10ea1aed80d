namespace Enlace.Core.Identity;

/// <summary>
/// Blocking keys made from a name's words regardless of their order: all of them sorted, each one left out in turn (so
/// one typo, one missing or one extra word still meets), and the rest with only the first or last three letters of
/// one long word kept (so a mistyped word meets even when the other words are too common to block on).
/// </summary>
internal static class WordKeys
{
    private const int AffixLength = 3;

    // The words in sorted order, then with each word left out in turn: one typo, one missing or one extra word still meets.
    public static void Emit<TSink>(string[] words, ref TSink sink, int leaveOneOutFrom)
        where TSink : struct, IKeySink
    {
        if (words.Length == 0)
        {
            return;
        }

        var sorted = words.Length == 1 ? words : [.. words.Order(StringComparer.Ordinal)];
        Sorted(sorted, -1, ref sink);
        if (sorted.Length < leaveOneOutFrom)
        {
            return;
        }

        for (var skip = 0; skip < sorted.Length; skip++)
        {
            Sorted(sorted, skip, ref sink);
        }

        // Left out, a mistyped word takes its evidence with it, and the rest may be too common to block on ("Playa",
        // "Policía Nacional"); the rest with the word's first or last three letters is still selective.
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Length >= TokenSimilarity.TypoMinimumLength)
            {
                Affix(sorted, i, 'F', sorted[i].AsSpan(0, AffixLength), ref sink);
                Affix(sorted, i, 'U', sorted[i].AsSpan(sorted[i].Length - AffixLength), ref sink);
            }
        }
    }

    private static void Affix<TSink>(string[] sorted, int at, char tag, ReadOnlySpan<char> affix, ref TSink sink)
        where TSink : struct, IKeySink
    {
        sink.Begin(tag);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i != at)
            {
                sink.Append(sorted[i]);
            }
        }

        sink.Append(affix);
        sink.End();
    }

    private static void Sorted<TSink>(string[] sorted, int skip, ref TSink sink)
        where TSink : struct, IKeySink
    {
        sink.Begin('L');
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i != skip)
            {
                sink.Append(sorted[i]);
            }
        }

        sink.End();
    }
}
