using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>Reports are untrusted: a hostile HTML report is shown as text on every page, and nothing in it runs.</summary>
public sealed class HostileContentTests(BrowserHost host, Engines engines)
{
    [Fact]
    public async Task A_hostile_HTML_report_renders_inert_no_script_runs_no_dialog_opens_and_its_markup_shows_as_text()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "hostile");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        var page = visit.Page;

        var path = await visit.UploadAsync(Reports.Hostile);
        await visit.GoAsync(path);

        var text = page.Locator(".report-text");
        await Expect(text).ToContainTextAsync("Operativo Faro Rojo");
        // Markup quoted in the report's text is shown as the characters it is made of.
        await Expect(text).ToContainTextAsync("<script>window.__pwned = \"text\"");
        await Expect(text).ToContainTextAsync("<img src=x onerror=alert(\"texto\")>");
        var live = await page.EvaluateAsync<int>("""
            () => document.querySelectorAll('main script:not([src^="/js/"]):not([src^="/lib/"]), main img, main iframe, main svg:not(.timeline svg), main form[action^="javascript"], main [onerror], main [onload], main [onclick], a[href^="javascript:"]').length
            """);
        Assert.Equal(0, live);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a script from the report ran");
        await visit.ShotAsync("hostile-reader");

        // The same report through the other pages that show its words.
        foreach (var other in new[] { "/documents", "/statements", "/entities", "/search?q=Faro", "/network", "/timeline", "/map" })
        {
            await visit.GoAsync(other);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), $"a script from the report ran on {other}");
            Assert.Equal(0, await page.Locator("main script:not([src^='/js/']):not([src^='/lib/']), main iframe, a[href^='javascript:']").CountAsync());
        }

        Assert.Empty(visit.Dialogs);
        visit.AssertNothingWentWrong();
    }
}
