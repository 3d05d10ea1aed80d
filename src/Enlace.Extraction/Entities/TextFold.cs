using System.Globalization;
using System.Text;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Lower-cases and strips accents one character for one character, so a folded text keeps every offset of the original:
/// a match found in the folded text is a span of the original.
/// </summary>
public static class TextFold
{
    private const int TableSize = 0x250;

    private static readonly char[] Table = BuildTable();

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (target, source) =>
        {
            var table = Table;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                target[i] = c < TableSize ? table[c] : FoldBeyondTable(c);
            }
        });

    public static char Fold(char c) => c < TableSize ? Table[c] : FoldBeyondTable(c);

    private static char FoldBeyondTable(char c)
    {
        return c switch
        {
            '’' or '‘' or '´' or 'ʼ' => '\'',
            '“' or '”' or '«' or '»' => '"',
            '–' or '—' or '‐' or '‑' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>True when the two strings are equal once folded.</summary>
    public static bool SameFolded(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
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

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = char.ToLowerInvariant((char)i);
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : c;
        }

        table['´'] = '\'';
        return table;
    }
}
