using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>Every page, in both languages, loads with its landmarks and without a single console error.</summary>
public sealed class EveryPageTests(BrowserHost host, Engines engines)
{
    [Fact]
    public async Task Every_page_loads_with_landmarks_labelled_controls_and_no_console_error_in_both_languages()
    {
        var server = await engines.For(Engine.Sqlite);
        await using var visit = await Visit.OpenAsync(host, server);
        var seeded = await SeededAgency.CreateAsync(visit, server, "pages");
        var page = visit.Page;
        string[] pages =
        [
            "/", "/documents", seeded.DocumentPath, "/statements", "/statements?property=arrested", "/conflicts", seeded.ConflictPath, "/events",
            seeded.EventPath, seeded.EventPath + "/brief", "/entities", seeded.EntityPath, "/search?q=" + seeded.Word, "/network", "/timeline", "/map", "/sources",
        ];

        foreach (var language in new[] { "en", "es" })
        {
            await visit.GoAsync("/?lang=" + language);
            foreach (var path in pages)
            {
                var response = await visit.GoAsync(path);
                Assert.True(response?.Status == 200, $"{path}: {response?.Status}");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await Expect(page.Locator("header[role=banner]")).ToHaveCountAsync(1);
                await Expect(page.Locator("nav.menu")).ToHaveCountAsync(1);
                await Expect(page.Locator("main#main h1")).ToHaveCountAsync(1);
                var unlabelled = await page.EvaluateAsync<string[]>("""
                    () => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                        .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))
                        .map(c => c.outerHTML)
                    """);
                Assert.True(unlabelled.Length == 0, $"{path}: unlabelled controls {string.Join(", ", unlabelled)}");
                if (path.StartsWith("/search", StringComparison.Ordinal))
                {
                    // The store marks the matched words; the page shows them highlighted, as text.
                    await Expect(page.Locator("ol.hits .snippet mark").First).ToBeVisibleAsync();
                    Assert.DoesNotContain("⟦", await page.Locator("ol.hits").InnerTextAsync(), StringComparison.Ordinal);
                }

                if (path == "/network")
                {
                    await Expect(page.Locator("#network[data-ready]")).ToHaveCountAsync(1);
                }

                if (path == "/map")
                {
                    await Expect(page.Locator("#map[data-ready=true]")).ToHaveCountAsync(1);
                    await Expect(page.Locator("#map path.leaflet-interactive").First).ToBeVisibleAsync();
                }

                var name = path == "/" ? "home" : path.Trim('/').Split('/', '?')[0];
                if (path.StartsWith(seeded.DocumentPath, StringComparison.Ordinal)) name = "reader";
                else if (path == seeded.EventPath) name = "event";
                else if (path.EndsWith("/brief", StringComparison.Ordinal)) name = "brief-page";
                else if (path == seeded.EntityPath) name = "entity";
                else if (path.Contains('?', StringComparison.Ordinal)) name += "-filtered";
                await visit.ShotAsync($"page-{name}-{language}");
                visit.AssertNothingWentWrong();
            }
        }

        visit.AssertNothingWentWrong();
    }
}
