namespace Enlace.Documents.PlainText;

/// <summary>
/// The Windows-1252 code page, written out so that we know exactly which bytes are defined: the legacy fallback is only
/// taken when every high byte maps to a printable character, which a generic <see cref="System.Text.Encoding"/> cannot tell us.
/// </summary>
internal static class Windows1252
{
    public const string Name = "windows-1252";

    // 0x80–0x9F differ from Latin-1; '\0' marks the five bytes the code page leaves undefined.
    private const string HighControlRange =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    public static bool IsPrintable(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is >= 0x80 and <= 0x9F && HighControlRange[b - 0x80] == '\0')
            {
                return false;
            }
        }

        return true;
    }

    public static string Decode(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? HighControlRange[b - 0x80] : (char)b;
            }
        });
}
