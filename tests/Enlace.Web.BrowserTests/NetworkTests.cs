using System.Text.Json;
using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>The network view draws events as reconciliation groups them, the same events the conflicts and briefs use.</summary>
public sealed class NetworkTests(BrowserHost host, Engines engines)
{
    [Theory, AllEngines]
    public async Task Three_reports_of_one_happening_are_one_event_node_whose_links_cite_all_three(Engine engine)
    {
        var server = await engines.For(engine);
        var agency = await Agency.CreateAsync(server, "network");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        foreach (var report in Reports.Medellin)
        {
            await visit.UploadAsync(report);
        }

        var page = visit.Page;
        await visit.GoAsync("/events");
        await page.Locator("form[action='/ui/events/grouping'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("grouped=", StringComparison.Ordinal));
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in await page.Locator("table.list tbody tr").AllAsync())
        {
            events[(await row.Locator("td:first-child a").GetAttributeAsync("href"))!] = int.Parse(await row.Locator("td:nth-child(3)").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var grouped = Assert.Single(events, e => e.Value == Reports.Medellin.Count).Key;
        await visit.GoAsync("/entities?kind=event");
        var happenings = await page.Locator("table.list tbody tr").CountAsync();

        await visit.GoAsync("/network");
        await Expect(page.Locator("#network[data-ready]")).ToHaveCountAsync(1);
        using var graph = JsonDocument.Parse((await page.Locator("#network").GetAttributeAsync("data-graph"))!);
        var eventNodes = graph.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "event")
            .Select(n => n.GetProperty("href").GetString()!)
            .ToList();
        await visit.ShotAsync($"network-grouped-{engine}".ToLowerInvariant());

        // Every event drawn is an event of the events list, each once; the grouped one is among them.
        Assert.All(eventNodes, href => Assert.Contains(href, events.Keys));
        Assert.Equal(eventNodes.Count, eventNodes.Distinct().Count());
        Assert.Contains(grouped, eventNodes);
        Assert.True(eventNodes.Count < happenings, $"{eventNodes.Count} event nodes for {happenings} reported happenings: the reports' happenings should be folded into events");

        // The grouped event's links cite every report that told it.
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in await page.Locator($"table.list tbody tr:has(td:first-child a[href='{grouped}'])").AllAsync())
        {
            foreach (var href in await row.Locator("a.provenance").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            {
                cited.Add(href[..href.IndexOf('#', StringComparison.Ordinal)]);
            }
        }

        Assert.Equal(Reports.Medellin.Count, cited.Count);
        Assert.Equal(graph.RootElement.GetProperty("nodes").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#network").GetAttributeAsync("data-ready"));
        visit.AssertNothingWentWrong();
    }
}
