using System.Diagnostics;

namespace Enlace.Reporting;

/// <summary>
/// Prints an HTML page to PDF with Debian's headless chromium, the one PDF engine available here. Network features are
/// switched off so it never reaches out of the machine.
/// </summary>
public static class PdfPrinter
{
    public const string MissingBrowser = "PDF output needs chromium (apt-get install chromium); use --format html or md meanwhile";

    public static string? FindBrowser() =>
        new[] { Environment.GetEnvironmentVariable("ENLACE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => p is not null && File.Exists(p));

    /// <summary>Writes <paramref name="html"/> as a PDF to <paramref name="output"/>; throws with a readable reason when it cannot.</summary>
    public static Task PrintAsync(string html, string output, CancellationToken cancellationToken = default) =>
        PrintAsync(html, output, FindBrowser(), cancellationToken);

    /// <summary>As <see cref="PrintAsync(string, string, CancellationToken)"/>, with the browser named (a missing one is refused).</summary>
    public static async Task PrintAsync(string html, string output, string? browser, CancellationToken cancellationToken = default)
    {
        if (browser is null || !File.Exists(browser))
        {
            throw new InvalidOperationException(MissingBrowser);
        }

        var work = Directory.CreateTempSubdirectory("enlace-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "brief.html");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                "--no-pdf-header-footer", $"--print-to-pdf={Path.GetFullPath(output)}", new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start chromium");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new InvalidOperationException($"chromium did not write the PDF: {(await errors).Split('\n').FirstOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal)) ?? "no reason given"}");
            }
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The browser may still hold its profile for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
