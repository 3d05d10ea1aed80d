using System.Net;
using System.Text;
using System.Text.Json;
using Enlace.Core.Access;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>A brief's downloads over real HTTP: a PDF printed by chromium, and a clear refusal when it is missing.</summary>
public sealed class BriefFormatTests(WorldPerEngine worlds) : IClassFixture<WorldPerEngine>
{
    [Theory, AllEngines]
    public async Task A_brief_comes_as_a_pdf_printed_by_chromium(Engine engine)
    {
        var world = await worlds.For(engine);

        using var response = await world["north-analyst"].GetAsync($"/api/briefs/events/{world.EventId}?format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(bytes.Length > 1000, $"a PDF of {bytes.Length} bytes is too small to hold a brief");
    }

    [Theory, AllEngines]
    public async Task Another_agency_gets_no_pdf_of_an_event_it_cannot_see(Engine engine)
    {
        var world = await worlds.For(engine);

        using var response = await world["south-analyst"].GetAsync($"/api/briefs/events/{world.EventId}?format=pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_chromium_a_pdf_brief_is_refused_with_a_503_problem_that_says_why()
    {
        await using var server = await RunningServer.StartAsync(Engine.Sqlite, o => o with { PdfBrowser = Path.Combine(Path.GetTempPath(), "no-such-browser", "chromium") });
        await server.AddUserAsync("west", "west-analyst", Role.Analyst);
        using var analyst = await server.SignInAsync("west-analyst");
        await TwoAgencies.UploadAsync(analyst, Reports.PoliceRelease);
        await TwoAgencies.UploadAsync(analyst, Reports.NewspaperAccount);
        (await analyst.PostAsync("/api/events/grouping", null)).EnsureSuccessStatusCode();
        var events = await TwoAgencies.GetJsonAsync(analyst, "/api/events?limit=1");
        var eventId = events.GetProperty("items")[0].GetProperty("id").GetGuid();

        using var response = await analyst.GetAsync($"/api/briefs/events/{eventId}?format=pdf");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var html = await analyst.GetAsync($"/api/briefs/events/{eventId}?format=html");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("chromium", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
    }

    [Theory, AllEngines]
    public async Task The_html_brief_allows_exactly_its_own_style_block_and_nothing_else_inline(Engine engine)
    {
        var world = await worlds.For(engine);

        using var response = await world["north-analyst"].GetAsync($"/api/briefs/events/{world.EventId}?format=html");
        var html = await response.Content.ReadAsStringAsync();
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        using var page = await world["north-analyst"].GetAsync($"/events/{world.EventId}/brief");
        var pageCsp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));

        var start = html.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length;
        var block = html[start..html.IndexOf("</style>", start, StringComparison.Ordinal)];
        var hash = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(block))) + "'";
        Assert.Contains($"style-src 'self' {hash};", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", pageCsp, StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task An_unknown_brief_format_is_refused_naming_the_formats(Engine engine)
    {
        var world = await worlds.For(engine);

        using var response = await world["north-analyst"].GetAsync($"/api/briefs/events/{world.EventId}?format=docx");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pdf", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
