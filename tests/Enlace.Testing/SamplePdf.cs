using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Enlace.Testing;

/// <summary>
/// Real PDF files written with PdfPig's builder, one page per entry, each line on its own baseline. The standard 14 fonts
/// use Adobe's StandardEncoding, which has no accented letters, so the text must be ASCII.
/// </summary>
public static class SamplePdf
{
    public static byte[] WithPages(string? title, string? creationDate, params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.CreationDate = creationDate;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var baseline = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(50, baseline), font);
                baseline -= 18;
            }
        }

        return builder.Build();
    }

    /// <summary>What a scanner produces, minus the image: pages with drawing but no text.</summary>
    public static byte[] WithoutTextLayer()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, lineWidth: 2, fill: true);
        builder.AddPage(PageSize.A4);
        return builder.Build();
    }
}
