namespace Enlace.Core.Identity;

/// <summary>
/// The blocks of a batch: runs of sorted entries sharing a key, too-large runs skipped. Each form also keeps its own
/// sorted list of kept keys, so that a pair sharing several blocks is compared only in the first of them.
/// </summary>
internal sealed class BlockIndex
{
    private readonly BlockEntry[] _entries;
    private readonly ulong[] _formKeys;
    private readonly int[] _formKeyStart;

    private BlockIndex(BlockEntry[] entries, (int Start, int Length)[] blocks, ulong[] formKeys, int[] formKeyStart, int skippedBlocks, long skippedEntries)
    {
        _entries = entries;
        Blocks = blocks;
        _formKeys = formKeys;
        _formKeyStart = formKeyStart;
        SkippedBlocks = skippedBlocks;
        SkippedEntries = skippedEntries;
    }

    public (int Start, int Length)[] Blocks { get; }

    public int SkippedBlocks { get; }

    public long SkippedEntries { get; }

    public long Keys => _entries.Length;

    public BlockEntry this[int index] => _entries[index];

    public static BlockIndex Build(BlockEntry[] sorted, int forms, int maxBlockSize)
    {
        var blocks = new List<(int, int)>();
        var skipped = 0;
        var skippedEntries = 0L;
        var keysPerForm = new int[forms + 1];
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Key == sorted[start].Key)
            {
                end++;
            }

            var length = end - start;
            if (length > maxBlockSize)
            {
                skipped++;
                skippedEntries += length;
            }
            else if (length > 1)
            {
                blocks.Add((start, length));
                for (var i = start; i < end; i++)
                {
                    keysPerForm[sorted[i].Form + 1]++;
                }
            }

            start = end;
        }

        for (var f = 0; f < forms; f++)
        {
            keysPerForm[f + 1] += keysPerForm[f];
        }

        // Blocks are visited in key order, so each form's list comes out sorted.
        var formKeys = new ulong[keysPerForm[^1]];
        var fill = (int[])keysPerForm.Clone();
        foreach (var (start, length) in blocks)
        {
            for (var i = start; i < start + length; i++)
            {
                formKeys[fill[sorted[i].Form]++] = sorted[i].Key;
            }
        }

        return new BlockIndex(sorted, [.. blocks], formKeys, keysPerForm, skipped, skippedEntries);
    }

    /// <summary>Whether <paramref name="key"/> is the smallest kept key the two forms share, i.e. the one block that compares them.</summary>
    public bool IsFirstSharedKey(int a, int b, ulong key)
    {
        int i = _formKeyStart[a], iEnd = _formKeyStart[a + 1];
        int j = _formKeyStart[b], jEnd = _formKeyStart[b + 1];
        while (i < iEnd && j < jEnd)
        {
            var x = _formKeys[i];
            var y = _formKeys[j];
            if (x == y)
            {
                return x == key;
            }

            if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
