using System.Net;
using System.Text;
using System.Text.Json;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>Upload, search, pagination and errors over real HTTP, on the shared two-agency world of each engine.</summary>
public sealed class ApiBehaviourTests(WorldPerEngine worlds) : IClassFixture<WorldPerEngine>
{
    [Theory, AllEngines]
    public async Task An_uploaded_Spanish_report_yields_figures_with_spans_into_its_own_text(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];

        var document = await TwoAgencies.GetJsonAsync(analyst, $"/api/documents/{world.DocumentId}");
        var statements = await TwoAgencies.GetJsonAsync(analyst, $"/api/statements?document={world.DocumentId}&limit=500");

        Assert.Equal("es", document.GetProperty("language").GetString());
        var text = document.GetProperty("text").GetString()!;
        var figures = statements.GetProperty("items").EnumerateArray().Where(s => s.GetProperty("value").GetProperty("kind").GetString() == "quantity").ToList();
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            var span = figure.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            Assert.InRange(span[1], span[0] + 1, text.Length);
            Assert.Equal("extracted", figure.GetProperty("origin").GetString());
            Assert.Equal("TLP:AMBER", figure.GetProperty("marking").GetProperty("tlp").GetString());
        }
    }

    [Theory, AllEngines]
    public async Task Uploading_the_same_bytes_again_changes_nothing(Engine engine)
    {
        var world = await worlds.For(engine);
        using var form = Reports.Form(Reports.PoliceRelease);

        using var response = await world["north-analyst"].PostAsync("/api/documents", form);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("unchanged", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(world.DocumentId, body.RootElement.GetProperty("documentId").GetGuid());
    }

    [Theory, AllEngines]
    public async Task A_binary_upload_is_refused_with_a_problem_and_stores_nothing(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var before = (await TwoAgencies.GetJsonAsync(analyst, "/api/documents?limit=500")).GetProperty("items").GetArrayLength();
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[10] = 0;
        using var form = Reports.Form(binary, "report.txt");

        using var response = await analyst.PostAsync("/api/documents", form);

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, (await TwoAgencies.GetJsonAsync(analyst, "/api/documents?limit=500")).GetProperty("items").GetArrayLength());
    }

    [Theory, AllEngines]
    public async Task A_report_that_is_not_a_form_is_refused(Engine engine)
    {
        var world = await worlds.For(engine);

        using var response = await world["north-analyst"].PostAsync("/api/documents", new StringContent("just text", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory, AllEngines]
    public async Task Search_finds_both_reports_accent_insensitively_and_narrows_by_place(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];

        var all = await TwoAgencies.GetJsonAsync(analyst, "/api/search?q=policia");
        var atPlace = await TwoAgencies.GetJsonAsync(analyst, $"/api/search?q=policia&place={world.PlaceId}");
        var nowhere = await TwoAgencies.GetJsonAsync(analyst, $"/api/search?q=policia&place={Guid.CreateVersion7()}");

        Assert.True(all.GetArrayLength() >= 2);
        Assert.Contains(atPlace.EnumerateArray(), h => h.GetProperty("documentId").GetGuid() == world.DocumentId);
        Assert.True(atPlace.GetArrayLength() <= all.GetArrayLength());
        Assert.Equal(0, nowhere.GetArrayLength());
    }

    [Theory, AllEngines]
    public async Task Paging_through_statements_with_cursors_returns_each_exactly_once_in_id_order(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var whole = (await TwoAgencies.GetJsonAsync(analyst, "/api/statements?limit=500")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();

        var paged = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await TwoAgencies.GetJsonAsync(analyst, "/api/statements?limit=7" + (cursor is null ? "" : "&cursor=" + cursor));
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
            cursor = page.TryGetProperty("next", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null && pages < 200);

        Assert.True(whole.Count > 14, "the reports should give several pages");
        Assert.Equal(whole, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Theory, AllEngines]
    public async Task Bad_cursors_limits_levels_and_unknown_ids_get_problem_details(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var documentsCursor = (await TwoAgencies.GetJsonAsync(analyst, "/api/documents?limit=1")).GetProperty("next").GetString();

        await AssertProblemAsync(await analyst.GetAsync("/api/statements?cursor=not-a-cursor"), HttpStatusCode.BadRequest, "cursor");
        await AssertProblemAsync(await analyst.GetAsync("/api/statements?cursor=" + documentsCursor), HttpStatusCode.BadRequest, "cursor");
        await AssertProblemAsync(await analyst.GetAsync("/api/statements?limit=0"), HttpStatusCode.BadRequest, "limit");
        await AssertProblemAsync(await analyst.GetAsync("/api/documents?tlp=purple"), HttpStatusCode.BadRequest, "TLP");
        await AssertProblemAsync(await analyst.GetAsync("/api/documents?from=2025-02-01&to=2025-01-01"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await analyst.GetAsync($"/api/documents/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await analyst.GetAsync($"/api/events/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await analyst.GetAsync("/api/search"), HttpStatusCode.BadRequest);
    }

    [Theory, AllEngines]
    public async Task Filters_by_marking_entity_place_and_dates_narrow_the_lists(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];

        var amber = await TwoAgencies.GetJsonAsync(analyst, "/api/statements?tlp=amber&limit=500");
        var green = await TwoAgencies.GetJsonAsync(analyst, "/api/statements?tlp=green&limit=500");
        var aboutEntity = await TwoAgencies.GetJsonAsync(analyst, $"/api/statements?entity={world.EntityId}&limit=500");
        var atPlace = await TwoAgencies.GetJsonAsync(analyst, $"/api/events?place={world.PlaceId}");
        var documentsAtPlace = await TwoAgencies.GetJsonAsync(analyst, $"/api/documents?place={world.PlaceId}");
        var longAgo = await TwoAgencies.GetJsonAsync(analyst, "/api/documents?from=1990-01-01&to=1990-12-31");

        Assert.NotEqual(0, amber.GetProperty("items").GetArrayLength());
        Assert.Equal(0, green.GetProperty("items").GetArrayLength());
        Assert.All(aboutEntity.GetProperty("items").EnumerateArray(), s =>
            Assert.True(s.GetProperty("subjectId").GetGuid() == world.EntityId || s.GetProperty("value").TryGetProperty("entityId", out var e) && e.GetGuid() == world.EntityId));
        Assert.Contains(atPlace.GetProperty("items").EnumerateArray(), e => e.GetProperty("members").EnumerateArray().Any(m => m.GetGuid() == world.EntityId));
        Assert.Contains(documentsAtPlace.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == world.DocumentId);
        Assert.Equal(0, longAgo.GetProperty("items").GetArrayLength());
    }

    [Theory, AllEngines]
    public async Task A_brief_cites_every_figure_and_comes_as_markdown_too(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];

        var brief = await TwoAgencies.GetJsonAsync(analyst, $"/api/briefs/events/{world.EventId}");
        using var markdown = await analyst.GetAsync($"/api/briefs/events/{world.EventId}?format=md");

        Assert.NotEqual(0, brief.GetProperty("citations").GetArrayLength());
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("#", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task Every_response_carries_the_security_headers(Engine engine)
    {
        var world = await worlds.For(engine);

        foreach (var (client, path) in new[] { (world["north-analyst"], "/api/documents"), (world["anonymous"], "/api/documents"), (world["anonymous"], "/openapi/v1.json"), (world["north-analyst"], "/nowhere") })
        {
            using var response = await client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Theory, AllEngines]
    public async Task The_openapi_document_lists_every_api_route(Engine engine)
    {
        var world = await worlds.For(engine);

        var document = await TwoAgencies.GetJsonAsync(world["anonymous"], "/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        foreach (var endpoint in ServerEndpoints.All.Where(e => e.Contains(" /api/", StringComparison.Ordinal)))
        {
            var route = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..].Replace(":guid", "", StringComparison.Ordinal).TrimEnd('/');
            Assert.Contains(paths, p => p.TrimEnd('/') == route);
        }
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? detailContains = null)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
            if (detailContains is not null)
            {
                Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
