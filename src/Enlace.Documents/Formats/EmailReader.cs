using Enlace.Documents.PlainText;
using MimeKit;

namespace Enlace.Documents.Formats;

/// <summary>
/// Saved e-mails (.eml): the subject, a blank line, then the body. Attachments are ignored for now; reading them as
/// documents of their own (with the e-mail as their source) is future work.
/// </summary>
internal static class EmailReader
{
    public static DecodedDocument Read(ReadOnlyMemory<byte> bytes)
    {
        BinaryContent.EnsureNoNulBytes(bytes.Span);
        MimeMessage message;
        try
        {
            using var stream = ByteStream.Over(bytes);
            message = MimeMessage.Load(stream);
        }
        catch (Exception e)
        {
            throw LibraryFailure.Reject("not a valid e-mail message", e);
        }

        using (message)
        {
            if (message.Headers.Count == 0)
            {
                throw new DocumentRejectedException("not a valid e-mail message: it has no headers");
            }

            var subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
            var (body, encoding) = BodyOf(message);
            var text = subject is null ? body : body.Length == 0 ? subject : $"{subject}\n\n{body}";

            // MimeKit reports a missing or unparseable Date header as the minimum value.
            DateOnly? sent = message.Date == DateTimeOffset.MinValue ? null : PublicationDate.From(message.Date);
            return new DecodedDocument(CanonicalText.From(text), DocumentMediaType.Email, subject, sent, encoding);
        }
    }

    private static (string Text, string? Encoding) BodyOf(MimeMessage message)
    {
        var parts = message.BodyParts.OfType<TextPart>().Where(part => !part.IsAttachment).ToList();
        if (parts.Find(part => part.IsPlain) is { } plain)
        {
            var (text, encoding) = Decode(plain);
            return (text.Trim(), encoding);
        }

        if (parts.Find(part => part.IsHtml) is { } html)
        {
            var (text, encoding) = Decode(html);
            return (HtmlReader.TextOf(text), encoding);
        }

        return ("", null);
    }

    private static (string Text, string? Encoding) Decode(TextPart part)
    {
        var charset = part.ContentType.Charset?.Trim().ToLowerInvariant();

        // Mail labelled UTF-8 or ASCII (or not at all) is often really Latin-1 from an old client; our own decoder checks
        // that rather than silently replacing characters. Other declared charsets are trusted.
        if (charset is null or "utf-8" or "utf8" or "us-ascii" or "ascii")
        {
            return Decode(part.Content);
        }

        try
        {
            return (part.GetText(charset), charset);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return Decode(part.Content);
        }
    }

    private static (string Text, string? Encoding) Decode(IMimeContent? content)
    {
        if (content is null)
        {
            return ("", null);
        }

        using var decoded = new MemoryStream();
        content.DecodeTo(decoded);
        if (decoded.Length == 0)
        {
            return ("", null);
        }

        try
        {
            var text = TextDecoder.Decode(decoded.GetBuffer().AsSpan(0, (int)decoded.Length));
            return (text.Text, text.Encoding);
        }
        catch (DocumentRejectedException e)
        {
            throw new DocumentRejectedException($"e-mail body: {e.Message}");
        }
    }
}
