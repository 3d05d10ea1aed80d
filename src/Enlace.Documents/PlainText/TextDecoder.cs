using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Enlace.Documents.PlainText;

/// <summary>
/// Decodes the bytes of a plain-text file. Strict by design: a text that decodes wrongly would feed wrong names and figures
/// to extraction, so we only guess in the one case that is common and safe (legacy Spanish files saved as Windows-1252).
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => DecodeUtf8WithBom(bytes[3..]),
            [0xFF, 0xFE, ..] => DecodeUtf16(bytes[2..], bigEndian: false),
            [0xFE, 0xFF, ..] => DecodeUtf16(bytes[2..], bigEndian: true),
            _ => DecodeWithoutBom(bytes),
        };

        BinaryContent.EnsureMostlyText(decoded.Text);
        return decoded;
    }

    private static DecodedText DecodeWithoutBom(ReadOnlySpan<byte> bytes)
    {
        BinaryContent.EnsureNoNulBytes(bytes);
        if (Utf8.IsValid(bytes))
        {
            return new(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        var (firstInvalid, hasMultiByteSequence) = ScanUtf8(bytes);

        // A file with no valid multi-byte sequence at all was never UTF-8; one with some was, and is damaged.
        if (!hasMultiByteSequence && Windows1252.IsPrintable(bytes))
        {
            return new(Windows1252.Decode(bytes), Windows1252.Name);
        }

        throw new DocumentRejectedException($"invalid UTF-8 at byte {firstInvalid}");
    }

    private static (int FirstInvalid, bool HasMultiByteSequence) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        var firstInvalid = -1;
        var hasMultiByteSequence = false;
        for (var offset = 0; offset < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                firstInvalid = firstInvalid < 0 ? offset : firstInvalid;
            }
            else if (consumed > 1)
            {
                hasMultiByteSequence = true;
            }

            if (firstInvalid >= 0 && hasMultiByteSequence)
            {
                break;
            }

            offset += consumed;
        }

        return (firstInvalid, hasMultiByteSequence);
    }

    private static DecodedText DecodeUtf8WithBom(ReadOnlySpan<byte> bytes)
    {
        BinaryContent.EnsureNoNulBytes(bytes, baseOffset: 3);
        try
        {
            return new(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentRejectedException($"invalid UTF-8 at byte {e.Index + 3}");
        }
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        var name = bigEndian ? "utf-16be" : "utf-16le";
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentRejectedException($"invalid {name.ToUpperInvariant()} at byte {e.Index + 2}");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw BinaryContent.NulBytesAt(2 + (2 * nul));
        }

        return new(text, name);
    }
}
