using Enlace.Documents.PlainText;

namespace Enlace.Documents.Formats;

/// <summary>Plain text and Markdown files; Markdown is kept as written, since its markup is mostly readable text.</summary>
internal static class PlainTextReader
{
    public static DecodedDocument Read(ReadOnlySpan<byte> bytes, string mediaType)
    {
        var decoded = TextDecoder.Decode(bytes);
        return new DecodedDocument(CanonicalText.From(decoded.Text), mediaType, Title: null, PublishedOn: null, decoded.Encoding);
    }
}
