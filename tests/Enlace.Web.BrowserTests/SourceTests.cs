using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>An analyst grades a source on the sources page; the grade and its history show there and on the report's hover cards.</summary>
public sealed class SourceTests(BrowserHost host, Engines engines)
{
    [Theory, AllEngines]
    public async Task An_analyst_grades_a_source_with_a_reason_and_the_hover_cards_of_its_statements_show_the_grade(Engine engine)
    {
        var server = await engines.For(engine);
        var agency = await Agency.CreateAsync(server, "sources");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        var report = await visit.UploadAsync(Reports.PoliceRelease);
        var page = visit.Page;
        Assert.Equal(0, await page.Locator(".card:has-text('source reliability B')").CountAsync());

        await visit.GoAsync("/sources");
        var rows = page.Locator("table.sources tbody tr");
        Assert.True(await rows.CountAsync() >= 1, "the report's statements cite at least one source");
        await Expect(rows.First).ToContainTextAsync("not graded");
        var source = await page.Locator("#source option").First.GetAttributeAsync("value");
        await page.Locator("#source").SelectOptionAsync(source!);
        await page.Locator("#reliability").SelectOptionAsync("B");
        await page.Locator("#grade-reason").FillAsync("Its counts matched the prosecutor's list twice.");
        await page.Locator("form.grade-source button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("graded=B", StringComparison.Ordinal));

        await Expect(page.Locator(".notice")).ToContainTextAsync(source!);
        var history = page.Locator("ol.grade-history li");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history.First).ToContainTextAsync("Its counts matched the prosecutor's list twice.");
        await Expect(history.First).ToContainTextAsync(agency.Analyst);
        var row = page.Locator("table.sources tbody tr", new() { Has = page.Locator($"td:text-is('{source!.Replace("'", "\\'", StringComparison.Ordinal)}')") });
        await Expect(row).ToContainTextAsync("usually reliable");
        await visit.ShotAsync($"sources-graded-{engine}".ToLowerInvariant());

        await visit.GoAsync(report);
        var graded = page.Locator("mark.hl", new() { Has = page.Locator(".card:has-text('source reliability B')") });
        Assert.True(await graded.CountAsync() >= 1, "a statement of the graded source should be highlighted");
        await graded.First.HoverAsync();
        var card = page.Locator("#" + await graded.First.GetAttributeAsync("aria-describedby"));
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("source reliability B: usually reliable");
        await visit.ShotAsync($"sources-hover-{engine}".ToLowerInvariant(), fullPage: false);
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task A_viewer_sees_no_grading_form()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "sourcesview");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Viewer);

        await visit.GoAsync("/sources");

        await Expect(visit.Page.Locator("h1")).ToHaveTextAsync("Sources");
        await Expect(visit.Page.Locator("form.grade-source")).ToHaveCountAsync(0);
        await Expect(visit.Page.Locator("main")).ToContainTextAsync("Only analysts grade sources.");
        visit.AssertNothingWentWrong();
    }
}
