using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>Two reports of one raid that disagree: the conflict is opened, adjudicated with a reason, and the brief shows it.</summary>
public sealed class ConflictTests(BrowserHost host, Engines engines)
{
    [Theory, AllEngines]
    public async Task An_analyst_opens_a_conflict_between_two_reports_chooses_a_value_with_a_reason_and_sees_the_decision_and_the_alternatives(Engine engine)
    {
        var server = await engines.For(engine);
        var agency = await Agency.CreateAsync(server, "conflict");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        await visit.UploadAsync(Reports.PoliceRelease);
        await visit.UploadAsync(Reports.NewspaperAccount);
        var page = visit.Page;

        await visit.GoAsync("/conflicts");
        await page.Locator("form[action='/ui/events/grouping'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("grouped=", StringComparison.Ordinal));
        await visit.GoAsync("/conflicts");
        var open = page.Locator("table.list a.button");
        Assert.True(await open.CountAsync() >= 1, "two disagreeing reports should give at least one conflict");
        await visit.ShotAsync($"conflicts-{engine}".ToLowerInvariant());
        await open.First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/conflict?key=", StringComparison.Ordinal));

        var choices = page.Locator("form.adjudicate input[type=radio]");
        var values = await page.Locator("form.adjudicate .choice label").AllInnerTextsAsync();
        Assert.True(values.Count >= 2, "a conflict has at least two sides");
        await choices.First.CheckAsync();
        await page.Locator("#reason").FillAsync("The police release counts each detainee by name.");
        await page.Locator("form.adjudicate button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("adjudicated=1", StringComparison.Ordinal));

        var decision = page.Locator(".decision");
        await Expect(decision).ToHaveCountAsync(1);
        await Expect(decision).ToContainTextAsync("The police release counts each detainee by name.");
        await Expect(decision).ToContainTextAsync(agency.Analyst);
        await Expect(decision.Locator("ul li")).ToHaveCountAsync(values.Count - 1);
        await visit.ShotAsync($"conflict-decided-{engine}".ToLowerInvariant());

        await visit.GoAsync("/conflicts");
        await Expect(page.Locator("table.list")).ToContainTextAsync("Decided");
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task The_brief_of_an_event_shows_its_figures_and_links_to_the_markdown_html_and_pdf_briefs()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "brief");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        await visit.UploadAsync(Reports.PoliceRelease);
        await visit.UploadAsync(Reports.NewspaperAccount);
        var page = visit.Page;
        await visit.GoAsync("/events");
        await page.Locator("form[action='/ui/events/grouping'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("grouped=", StringComparison.Ordinal));

        await page.Locator("table.list a[href$='/brief']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/brief", StringComparison.Ordinal));

        await Expect(page.Locator("h1")).ToContainTextAsync("Situation brief");
        Assert.True(await page.Locator("table.list tbody tr").CountAsync() >= 1, "the brief lists the event's figures");
        Assert.True(await page.Locator("ol.citations li").CountAsync() >= 1, "every figure cites its source");
        await visit.ShotAsync("brief");
        foreach (var (format, type) in new[] { ("md", "text/markdown"), ("html", "text/html"), ("pdf", "application/pdf") })
        {
            var href = await page.Locator($"nav.downloads a[href$='format={format}']").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            Assert.StartsWith(type, response.Headers["content-type"], StringComparison.Ordinal);
            var body = await response.BodyAsync();
            Assert.NotEmpty(body);
            if (format == "pdf")
            {
                Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(body, 0, 5));
            }
        }

        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task The_html_brief_opened_on_its_own_is_styled_and_the_browser_reports_nothing()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "briefhtml");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        await visit.UploadAsync(Reports.PoliceRelease);
        await visit.UploadAsync(Reports.NewspaperAccount);
        var page = visit.Page;
        await visit.GoAsync("/events");
        await page.Locator("form[action='/ui/events/grouping'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("grouped=", StringComparison.Ordinal));
        await page.Locator("table.list a[href$='/brief']").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/brief", StringComparison.Ordinal));

        await page.Locator("nav.downloads a[href$='format=html']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("format=html", StringComparison.Ordinal));

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        // The brief's own style block applies: a centred column of at most 60rem and bordered table cells.
        Assert.Equal("960px", await page.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).maxWidth"));
        Assert.Equal("collapse", await page.Locator("table").First.EvaluateAsync<string>("t => getComputedStyle(t).borderCollapse"));
        await visit.ShotAsync("brief-html");

        // The rest of the site keeps its strict policy: no inline style is allowed anywhere else.
        var other = await page.APIRequest.GetAsync("/events");
        Assert.Contains("style-src 'self';", other.Headers["content-security-policy"], StringComparison.Ordinal);
        visit.AssertNothingWentWrong();
    }
}
