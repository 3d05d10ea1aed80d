using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>Uploading a Spanish report and reading it with its extracted items highlighted, by mouse and by keyboard alone.</summary>
public sealed class ReaderTests(BrowserHost host, Engines engines)
{
    [Theory, AllEngines]
    public async Task An_uploaded_Spanish_report_shows_its_figures_highlighted_with_statement_source_grades_and_marking_on_hover(Engine engine)
    {
        var server = await engines.For(engine);
        var agency = await Agency.CreateAsync(server, "reader");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);

        await visit.UploadAsync(Reports.PoliceRelease);

        var page = visit.Page;
        await Expect(page.Locator(".notice")).ToContainTextAsync("statements");
        var figures = page.Locator("mark.hl-quantity");
        Assert.True(await figures.CountAsync() >= 3, "the release's figures should be highlighted");
        var first = figures.First;
        var card = page.Locator("#" + await first.GetAttributeAsync("aria-describedby"));
        await Expect(card).ToBeHiddenAsync();

        await first.HoverAsync();

        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("F6");
        await Expect(card).ToContainTextAsync("source reliability F");
        await Expect(card).ToContainTextAsync("credibility 6");
        await Expect(card).ToContainTextAsync("TLP:AMBER H0");
        await Expect(card).ToContainTextAsync("extracted by");
        await visit.ShotAsync($"reader-hover-{engine}".ToLowerInvariant(), fullPage: false);

        // The highlighted words are the report's own: the statement's span over the decoded text.
        var text = await first.EvaluateAsync<string>("m => Array.from(m.childNodes).filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('')");
        Assert.Matches(@"\d|[a-záéíóú]", text);
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task Keyboard_alone_reaches_a_highlight_shows_its_details_moves_to_the_next_and_hides_them_with_Escape()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "keys");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        var path = await visit.UploadAsync(Reports.NewspaperAccount);
        await visit.GoAsync(path);
        var page = visit.Page;

        // Tab from the top of the page until a highlight has the focus: skip link, menu, language, sign-out, then the text.
        var reached = false;
        for (var presses = 0; presses < 80 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('mark.hl') === true");
        }

        Assert.True(reached, "Tab never reached a highlight");
        var focused = page.Locator("mark.hl:focus");
        var card = page.Locator("#" + await focused.GetAttributeAsync("aria-describedby"));
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("credibility");
        await visit.ShotAsync("reader-keyboard", fullPage: false);

        var before = await focused.GetAttributeAsync("id");
        await page.Keyboard.PressAsync("ArrowRight");
        var after = await page.Locator("mark.hl:focus").GetAttributeAsync("id");
        Assert.NotEqual(before, after);
        var next = page.Locator("#" + await page.Locator("mark.hl:focus").GetAttributeAsync("aria-describedby"));
        await Expect(next).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(next).ToBeHiddenAsync();
        visit.AssertNothingWentWrong();
    }
}
