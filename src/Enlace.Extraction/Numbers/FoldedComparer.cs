namespace Enlace.Extraction.Numbers;

/// <summary>
/// Compares words ignoring case and the accents writers often drop ("veintitres", "PRISION"), so lexicons list each
/// word once. The ñ is kept: "anos" is not "años".
/// </summary>
internal sealed class FoldedComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    // Latin letters, folded once: char.ToLowerInvariant goes through ICU for every non-ASCII letter and is slow.
    private static readonly char[] Table = BuildTable();

    public static FoldedComparer Instance { get; } = new();

    public static char Fold(char c) => c < Table.Length ? Table[c] : c is '’' or '‘' ? '\'' : char.IsLetter(c) ? FoldSlowly(c) : c;

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = FoldSlowly((char)c);
        }

        return table;
    }

    private static char FoldSlowly(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return char.ToLowerInvariant(c) switch
        {
            'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
            'ú' or 'ù' or 'û' or 'ü' => 'u',
            '’' or '‘' => '\'',
            var lower => lower,
        };
    }

    /// <summary>The word folded: two words are equal under this comparer exactly when their folded forms are equal.</summary>
    public static string Fold(string word) => string.Create(word.Length, word, static (target, source) => Fold(source, target));

    /// <summary>Writes <paramref name="source"/> folded, one character for one, into <paramref name="target"/>.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = Fold(source[i]);
        }
    }

    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool StartsWith(ReadOnlySpan<char> word, ReadOnlySpan<char> prefix) =>
        word.Length >= prefix.Length && Equal(word[..prefix.Length], prefix);

    public static bool EndsWith(ReadOnlySpan<char> word, ReadOnlySpan<char> suffix) =>
        word.Length >= suffix.Length && Equal(word[^suffix.Length..], suffix);

    public bool Equals(string? x, string? y) => x is null || y is null ? x == y : Equal(x, y);

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other) => Equal(alternate, other);

    // FNV-1a over the folded characters: lookups hash every word of a text, and this is cheaper than HashCode per character.
    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = 2166136261u;
        foreach (var c in alternate)
        {
            hash = (hash ^ Fold(c)) * 16777619u;
        }

        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
