namespace Enlace.Extraction.Text;

/// <summary>
/// Lower-cases exactly as <see cref="char.ToLowerInvariant"/> does, from a table for the Latin letters reports are written
/// in: the runtime's own casing goes through ICU for every non-ASCII letter, which costs more than the rest of a lookup.
/// </summary>
public static class InvariantLower
{
    private const int TableSize = 0x250;

    private static readonly char[] Table = Build();

    public static char Of(char c) => c < TableSize ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>Writes <paramref name="source"/> lower-cased into <paramref name="target"/>, as <see cref="MemoryExtensions.ToLowerInvariant"/> does.</summary>
    public static void Copy(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= TableSize)
            {
                // Beyond the table (and for surrogate pairs) the runtime decides, for the whole word.
                source.ToLowerInvariant(target);
                return;
            }

            target[i] = Table[c];
        }
    }

    private static char[] Build()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
