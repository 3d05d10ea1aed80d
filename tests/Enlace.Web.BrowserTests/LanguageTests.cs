using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>Spanish and English: the browser's language first, then the reader's choice, kept across pages and visits.</summary>
public sealed class LanguageTests(BrowserHost host, Engines engines)
{
    [Fact]
    public async Task Switching_to_Spanish_shows_Spanish_labels_and_lang_on_every_page_until_switched_back()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "idioma");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        var page = visit.Page;
        await visit.GoAsync("/documents");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Documents");

        await page.Locator(".language a[hreflang=es]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/documents", StringComparison.Ordinal));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Documentos");
        await Expect(page.Locator("label[for=file]")).ToHaveTextAsync("Archivo del informe");
        await Expect(page.Locator("nav.menu")).ToContainTextAsync("Conflictos");
        await visit.ShotAsync("documents-es");

        // The choice is kept in a cookie: other pages, and a later visit, stay in Spanish.
        await visit.GoAsync("/search");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Búsqueda");
        await Expect(page.Locator("label[for=q]")).ToHaveTextAsync("Palabras que buscar");
        await visit.GoAsync("/conflicts");
        await Expect(page.Locator("button", new() { HasText = "Agrupar hechos" })).ToBeVisibleAsync();

        await page.Locator(".language a[hreflang=en]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Conflicts");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task Switching_language_keeps_the_search_and_the_filter_the_page_was_showing()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "filtro");
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.SignInAsync(agency.Analyst);
        await visit.UploadAsync(Reports.PoliceRelease);
        var page = visit.Page;

        await visit.GoAsync("/search?q=polic%C3%ADa&language=es");
        var hits = await page.Locator("main li, main tr").CountAsync();
        Assert.True(hits >= 1, "the uploaded report should be found");
        await page.Locator(".language a[hreflang=es]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");

        var url = new Uri(page.Url);
        Assert.Equal("/search", url.AbsolutePath);
        Assert.Contains("q=polic%C3%ADa", url.Query, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("language=es", url.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", url.Query.Replace("language=", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await Expect(page.Locator("#q")).ToHaveValueAsync("policía");
        Assert.Equal(hits, await page.Locator("main li, main tr").CountAsync());
        await visit.ShotAsync("search-kept-es");

        await visit.GoAsync("/entities?kind=location");
        var places = await page.Locator("table.list tbody tr").CountAsync();
        Assert.True(places >= 1, "the report names places");
        await page.Locator(".language a[hreflang=en]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/entities", new Uri(page.Url).AbsolutePath);
        Assert.Equal("?kind=location", new Uri(page.Url).Query);
        await Expect(page.Locator("#kind")).ToHaveValueAsync("location");
        Assert.Equal(places, await page.Locator("table.list tbody tr").CountAsync());
        Assert.Single((await page.Locator("table.list tbody tr td:nth-child(2)").AllInnerTextsAsync()).Distinct());
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task A_browser_that_asks_for_Spanish_gets_the_sign_in_page_in_Spanish()
    {
        var server = await engines.For(Engine.Sqlite);
        await using var visit = await Visit.OpenAsync(host, server, locale: "es-PE");

        await visit.GoAsync("/signin");

        await Expect(visit.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(visit.Page.Locator("h1")).ToHaveTextAsync("Iniciar sesión");
        await Expect(visit.Page.Locator("label[for=password]")).ToHaveTextAsync("Contraseña");
        await visit.ShotAsync("signin-es");
        visit.AssertNothingWentWrong();
    }
}
