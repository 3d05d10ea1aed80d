using System.Text;
using Enlace.Documents.PlainText;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Enlace.Documents.Formats;

/// <summary>PDF reports with a text layer; scanned PDFs are rejected because we do not run OCR.</summary>
internal static class PdfReader
{
    private static readonly ContentOrderTextExtractor.Options Layout = new()
    {
        ReplaceWhitespaceWithSpace = true,
        SeparateParagraphsWithDoubleNewline = true,
    };

    public static DecodedDocument Read(ReadOnlyMemory<byte> bytes)
    {
        string text;
        string? title;
        DateOnly? created;
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            text = ExtractText(pdf);
            title = string.IsNullOrWhiteSpace(pdf.Information.Title) ? null : pdf.Information.Title.Trim();
            created = pdf.Information.GetCreatedDateTimeOffset() is { } date ? PublicationDate.From(date) : null;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentRejectedException("corrupt or encrypted PDF: the file is password-protected");
        }
        catch (Exception e)
        {
            throw LibraryFailure.Reject("corrupt or encrypted PDF", e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentRejectedException("PDF has no text layer (a scanned image?); OCR is not supported");
        }

        return new DecodedDocument(CanonicalText.From(text), DocumentMediaType.Pdf, title, created);
    }

    private static string ExtractText(PdfDocument pdf)
    {
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            // Content order follows how the author wrote the page, which for reports is reading order far more often than
            // geometric guesses are; pages are kept apart by a blank line.
            var pageText = ContentOrderTextExtractor.GetText(page, Layout).Trim();
            if (pageText.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(pageText);
        }

        return text.ToString();
    }
}
