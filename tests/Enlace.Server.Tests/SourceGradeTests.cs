using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>Source grades over real HTTP: an analyst grades a source with a reason, the history keeps every grade, briefs show it.</summary>
public sealed class SourceGradeTests(WorldPerEngine worlds) : IClassFixture<WorldPerEngine>
{
    [Theory, AllEngines]
    public async Task A_grade_is_kept_with_its_history_and_the_brief_shows_it_for_every_figure_of_that_source(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var brief = await TwoAgencies.GetJsonAsync(analyst, $"/api/briefs/events/{world.EventId}");
        var cited = brief.GetProperty("figures").EnumerateArray().SelectMany(f => f.GetProperty("values").EnumerateArray()).First();
        var source = cited.GetProperty("source").GetString()!;

        using var first = await analyst.PostAsJsonAsync("/api/sources/grades", new { source, reliability = "d", reason = "one account, not yet checked" });
        using var second = await analyst.PostAsJsonAsync("/api/sources/grades", new { source = "  " + source.ToUpperInvariant() + " ", reliability = "B", reason = "figures matched the prosecutor's file" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var history = await TwoAgencies.GetJsonAsync(analyst, "/api/sources/grades?source=" + Uri.EscapeDataString(source));
        Assert.Equal(["D", "B"], history.EnumerateArray().Select(g => g.GetProperty("reliability").GetString()).TakeLast(2));
        Assert.All(history.EnumerateArray(), g => Assert.Equal("north-analyst", g.GetProperty("gradedBy").GetString()));
        var listed = (await TwoAgencies.GetJsonAsync(analyst, "/api/sources")).EnumerateArray().Single(s => s.GetProperty("name").GetString() == source);
        Assert.Equal("B", listed.GetProperty("reliability").GetString());
        Assert.Equal("figures matched the prosecutor's file", listed.GetProperty("grade").GetProperty("reason").GetString());
        Assert.True(listed.GetProperty("statements").GetInt32() >= 1);

        var after = await TwoAgencies.GetJsonAsync(analyst, $"/api/briefs/events/{world.EventId}");
        var values = after.GetProperty("figures").EnumerateArray().SelectMany(f => f.GetProperty("values").EnumerateArray()).ToList();
        Assert.All(values.Where(v => v.GetProperty("source").GetString() == source), v => Assert.StartsWith("B", v.GetProperty("grade").GetString(), StringComparison.Ordinal));
        Assert.All(values.Where(v => v.GetProperty("source").GetString() != source && v.GetProperty("source").GetString() != world.SourceName),
            v => Assert.StartsWith("F", v.GetProperty("grade").GetString(), StringComparison.Ordinal));
        using var markdown = await analyst.GetAsync($"/api/briefs/events/{world.EventId}?format=md");
        var escaped = source.Replace("_", "\\_", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);
        Assert.Contains($"| {escaped} | B", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task A_bad_grade_is_refused_with_a_problem_and_nothing_is_stored(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var before = (await TwoAgencies.GetJsonAsync(analyst, "/api/sources/grades?source=" + Uri.EscapeDataString(world.SourceName))).GetArrayLength();

        foreach (var body in new object[]
        {
            new { source = world.SourceName, reliability = "G", reason = "no such grade" },
            new { source = world.SourceName, reliability = "AB", reason = "two letters" },
            new { source = world.SourceName, reliability = "A", reason = "   " },
            new { source = "", reliability = "A", reason = "no source" },
        })
        {
            using var response = await analyst.PostAsJsonAsync("/api/sources/grades", body);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        }

        using var unknown = await analyst.PostAsJsonAsync("/api/sources/grades", new { source = "a source nobody cites", reliability = "A", reason = "made up" });
        using var commander = await world["north-commander"].PostAsJsonAsync("/api/sources/grades", new { source = world.SourceName, reliability = "A", reason = "not theirs to grade" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, commander.StatusCode);
        Assert.Equal(before, (await TwoAgencies.GetJsonAsync(analyst, "/api/sources/grades?source=" + Uri.EscapeDataString(world.SourceName))).GetArrayLength());
    }
}
