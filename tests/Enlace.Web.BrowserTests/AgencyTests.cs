using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>The pages apply the same access rules as the API: another agency, or a role below the marking, sees nothing.</summary>
public sealed class AgencyTests(BrowserHost host, Engines engines)
{
    [Theory, AllEngines]
    public async Task A_user_of_another_agency_sees_none_of_an_agencys_reports_statements_events_entities_or_conflicts(Engine engine)
    {
        var server = await engines.For(engine);
        SeededAgency north;
        await using (var analyst = await Visit.OpenAsync(host, server))
        {
            north = await SeededAgency.CreateAsync(analyst, server, "north");
        }

        var south = await Agency.CreateAsync(server, "south");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(south.Analyst);
        var page = visit.Page;

        foreach (var path in north.ItemPages)
        {
            var response = await visit.GoExpectingNotFoundAsync(path);
            Assert.True(response?.Status == 404, $"{path} should answer 404 to another agency, not {response?.Status}");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Not found");
            Assert.DoesNotContain("cadenas", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        }

        foreach (var list in new[] { "/documents", "/statements", "/conflicts", "/events", "/entities", "/network", "/timeline", "/map", "/search?q=" + north.Word })
        {
            await visit.GoAsync(list);
            var html = await page.ContentAsync();
            Assert.DoesNotContain("cadenas", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(north.DocumentPath, html, StringComparison.Ordinal);
            Assert.DoesNotContain(north.EventPath, html, StringComparison.Ordinal);
            Assert.DoesNotContain(north.EntityPath, html, StringComparison.Ordinal);
        }

        await visit.GoAsync("/search?q=" + north.Word);
        await Expect(page.Locator("ol.hits li")).ToHaveCountAsync(0);
        await visit.ShotAsync($"other-agency-search-{engine}".ToLowerInvariant());
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task A_viewer_of_the_same_agency_does_not_see_reports_marked_above_their_clearance_nor_the_upload_and_adjudication_forms()
    {
        var server = await engines.For(Engine.Sqlite);
        SeededAgency north;
        await using (var analyst = await Visit.OpenAsync(host, server))
        {
            north = await SeededAgency.CreateAsync(analyst, server, "marked");
        }

        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(north.Agency.Viewer);
        var page = visit.Page;

        await visit.GoAsync("/documents");
        await Expect(page.Locator("form.upload")).ToHaveCountAsync(0);
        await Expect(page.Locator("table.list")).ToHaveCountAsync(0);
        var reader = await visit.GoExpectingNotFoundAsync(north.DocumentPath);
        Assert.Equal(404, reader?.Status);
        var conflict = await visit.GoExpectingNotFoundAsync(north.ConflictPath);
        Assert.Equal(404, conflict?.Status);
        await Expect(page.Locator("form.adjudicate")).ToHaveCountAsync(0);
        visit.AssertNothingWentWrong();
    }
}
