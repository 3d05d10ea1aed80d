using System.Collections.Concurrent;

namespace Enlace.Core.Identity;

/// <summary>
/// Puts mentions into blocks by shared keys (<see cref="KeysOf"/>) so that only mentions sharing a block are compared.
/// A block of more than <see cref="MaxBlockSize"/> forms comes from a key too common to tell anything (a frequent
/// word, a common surname prefix) and is skipped; skipped blocks are counted in <see cref="BlockingStats"/>.
/// </summary>
public sealed class Blocker
{
    public const int DefaultMaxBlockSize = 256;

    public Blocker(int maxBlockSize = DefaultMaxBlockSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlockSize, 2);
        MaxBlockSize = maxBlockSize;
    }

    public int MaxBlockSize { get; }

    /// <summary>The keys of a mention as readable text ("C:hsi", "S:riv|oqu"), to explain why two mentions were compared.</summary>
    public static IReadOnlyList<string> KeysOf(PreparedMention mention)
    {
        var keys = new List<string>();
        var sink = new TextKeySink(keys);
        BlockingKeys.Emit(mention, ref sink);
        return [.. keys.Distinct()];
    }

    internal BlockIndex Index(IReadOnlyList<PreparedMention> forms, ParallelOptions parallel)
    {
        var chunks = new ConcurrentBag<List<BlockEntry>>();
        ParallelRanges.ForEach(forms.Count, 1024, parallel, (from, to) =>
        {
            var entries = new List<BlockEntry>((to - from) * 12);
            var keys = new List<ulong>(32);
            for (var form = from; form < to; form++)
            {
                var record = forms[form].Record;
                if (forms[form].IsEmpty)
                {
                    continue;
                }

                keys.Clear();
                var sink = new HashingKeySink(HashingKeySink.Seed(record.TenantId, (int)record.Kind), keys);
                BlockingKeys.Emit(forms[form], ref sink);
                keys.Sort();
                for (var k = 0; k < keys.Count; k++)
                {
                    if (k == 0 || keys[k] != keys[k - 1])
                    {
                        entries.Add(new BlockEntry(keys[k], form));
                    }
                }
            }

            chunks.Add(entries);
        });

        return BlockIndex.Build(SortedEntries(chunks, parallel), forms.Count, MaxBlockSize);
    }

    // Entries are scattered into buckets by the top bits of their key and each bucket sorted on its own core.
    private static BlockEntry[] SortedEntries(ConcurrentBag<List<BlockEntry>> chunks, ParallelOptions parallel)
    {
        const int BucketBits = 6;
        var counts = new int[1 << BucketBits];
        foreach (var chunk in chunks)
        {
            foreach (var entry in chunk)
            {
                counts[(int)(entry.Key >> (64 - BucketBits))]++;
            }
        }

        var starts = new int[counts.Length + 1];
        for (var b = 0; b < counts.Length; b++)
        {
            starts[b + 1] = starts[b] + counts[b];
        }

        var sorted = new BlockEntry[starts[^1]];
        var next = (int[])starts.Clone();
        foreach (var chunk in chunks)
        {
            foreach (var entry in chunk)
            {
                sorted[next[(int)(entry.Key >> (64 - BucketBits))]++] = entry;
            }
        }

        Parallel.For(0, counts.Length, parallel, b => Array.Sort(sorted, starts[b], counts[b]));
        return sorted;
    }
}
