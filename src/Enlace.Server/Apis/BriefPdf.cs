using Enlace.Core.Briefing;
using Enlace.Reporting;
using Enlace.Server.Hosting;
using Microsoft.AspNetCore.Http;

namespace Enlace.Server.Apis;

/// <summary>
/// A brief printed to PDF by the server's chromium, the same way `enlace brief --format pdf` prints it. One print runs
/// at a time (a browser start is heavy); without chromium the caller is told so with a 503.
/// </summary>
internal static class BriefPdf
{
    private static readonly SemaphoreSlim OnePrintAtATime = new(1, 1);

    public static async Task<IResult> RenderAsync(Brief brief, ServerOptions options, CancellationToken cancellationToken)
    {
        var browser = options.PdfBrowser ?? PdfPrinter.FindBrowser();
        if (browser is null || !File.Exists(browser))
        {
            throw new InvalidRequestException("this server cannot print PDF: chromium is not installed; ask for format=html or md", StatusCodes.Status503ServiceUnavailable);
        }

        var folder = Directory.CreateTempSubdirectory("enlace-brief-");
        await OnePrintAtATime.WaitAsync(cancellationToken);
        try
        {
            var output = Path.Combine(folder.FullName, "brief.pdf");
            try
            {
                await PdfPrinter.PrintAsync(BriefHtml.Render(brief), output, browser, cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidRequestException($"the PDF could not be printed: {e.Message}", StatusCodes.Status503ServiceUnavailable);
            }

            return TypedResults.File(await File.ReadAllBytesAsync(output, cancellationToken), "application/pdf");
        }
        finally
        {
            OnePrintAtATime.Release();
            folder.Delete(recursive: true);
        }
    }
}
