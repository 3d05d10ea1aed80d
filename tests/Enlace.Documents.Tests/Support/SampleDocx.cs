using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Enlace.Documents.Tests.Support;

/// <summary>Real Word documents written with the Open XML SDK.</summary>
public static class SampleDocx
{
    public static byte[] Write(string? title, DateTime? created, params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            word.PackageProperties.Title = title;
            word.PackageProperties.Created = created;
        }

        return stream.ToArray();
    }

    public static Paragraph Paragraph(params string[] runs) =>
        new([.. runs.Select(run => new Run(new Text(run) { Space = SpaceProcessingModeValues.Preserve }))]);

    public static Table Table(params string[][] rows) =>
        new([.. rows.Select(cells => new TableRow([.. cells.Select(cell => new TableCell(Paragraph(cell)))]))]);
}
