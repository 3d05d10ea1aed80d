using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Enlace.Documents.PlainText;

namespace Enlace.Documents.Formats;

/// <summary>
/// Word documents: the body's paragraphs one per line and tables one row per line with tab-separated cells. Headers,
/// footers, footnotes and comments are not read yet.
/// </summary>
internal static class DocxReader
{
    public static DecodedDocument Read(ReadOnlyMemory<byte> bytes, DocumentReaderOptions options)
    {
        // A DOCX is a zip: a small file can inflate to gigabytes of XML. Four characters per byte of the size limit is far
        // more than any real document's text needs.
        var settings = new OpenSettings { MaxCharactersInPart = options.MaxBytes * 4 };
        List<string> lines;
        string? title;
        DateTime? created;
        try
        {
            using var stream = ByteStream.Over(bytes);
            using var word = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new DocumentRejectedException("not a valid DOCX: the package has no document body");
            lines = [];
            AppendBlocks(body, lines);
            title = word.PackageProperties.Title;
            created = word.PackageProperties.Created;
        }
        catch (DocumentRejectedException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw LibraryFailure.Reject("not a valid DOCX", e);
        }

        return new DecodedDocument(
            CanonicalText.From(JoinLines(lines)),
            DocumentMediaType.Docx,
            string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            created is { } date ? DateOnly.FromDateTime(date) : null);
    }

    private static void AppendBlocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.Add(TextOf(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        lines.Add(string.Join('\t', row.Elements<TableCell>().Select(CellText)));
                    }

                    break;
                default:
                    // Content controls and custom XML wrap ordinary paragraphs and tables.
                    AppendBlocks(element, lines);
                    break;
            }
        }
    }

    private static string CellText(TableCell cell)
    {
        var lines = new List<string>();
        AppendBlocks(cell, lines);
        return string.Join(' ', lines.Where(line => line.Length > 0).Select(line => line.Replace('\t', ' ')));
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();

        // Only w:t is visible text: deleted revisions (w:delText) and field codes (w:instrText) are not what the reader sees.
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static string JoinLines(List<string> lines)
    {
        // Word authors space paragraphs with empty ones; keep one blank line where they did, never a run of them.
        var text = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = text.Length > 0;
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(blank ? "\n\n" : "\n");
            }

            text.Append(line);
            blank = false;
        }

        return text.ToString();
    }
}
