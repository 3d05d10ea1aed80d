using System.Globalization;

namespace Enlace.Documents.PlainText;

/// <summary>Recognises executables, images and archives that were given a text file's name.</summary>
internal static class BinaryContent
{
    // Real text has almost no control characters; a tenth already means the bytes are not text in any encoding we read.
    private const double MaxControlCharacterShare = 0.10;

    public static void EnsureNoNulBytes(ReadOnlySpan<byte> bytes, int baseOffset = 0)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw NulBytesAt(baseOffset + nul);
        }
    }

    public static DocumentRejectedException NulBytesAt(long offset) =>
        new($"binary content in a text file (NUL bytes at offset {offset})");

    public static void EnsureMostlyText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        if (text.Length > 0 && controls > text.Length * MaxControlCharacterShare)
        {
            var percent = 100.0 * controls / text.Length;
            throw new DocumentRejectedException(string.Create(
                CultureInfo.InvariantCulture, $"binary content in a text file ({percent:0}% control characters)"));
        }
    }
}
