using System.Text.Json;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>`enlace sources list|grade` on the cross/ synthetic set: a grade with a reason, shown by the list and the briefs.</summary>
public sealed class SourcesCommandTests
{
    private static readonly string Reports = Path.Combine(SharedFolder.Repository, "corpus", "synthetic", "cross");

    [Fact]
    public async Task A_graded_source_shows_its_grade_in_the_list_and_in_the_briefs_that_cite_it_and_bad_grades_are_refused()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        await CliProcess.RunAsync("ingest", Reports, "--db", db.Db);
        var listed = await CliProcess.RunAsync("sources", "list", "--json", "--db", db.Db);
        using var before = JsonDocument.Parse(listed.Stdout);
        var sources = before.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal("F", s.GetProperty("reliability").GetString()));
        var source = sources.OrderByDescending(s => s.GetProperty("statements").GetInt32()).First().GetProperty("source").GetString()!;

        var graded = await CliProcess.RunAsync("sources", "grade", source.ToUpperInvariant(), "b", "--reason", "matched the court file twice", "--analyst", "rosa.mamani", "--db", db.Db);
        var badLetter = await CliProcess.RunAsync("sources", "grade", source, "G", "--reason", "no such grade", "--db", db.Db);
        var noReason = await CliProcess.RunAsync("sources", "grade", source, "A", "--reason", " ", "--db", db.Db);
        var unknown = await CliProcess.RunAsync("sources", "grade", "a source nobody cites", "A", "--reason", "made up", "--db", db.Db);
        var after = await CliProcess.RunAsync("sources", "list", "--db", db.Db);
        var conflicts = await CliProcess.RunAsync("conflicts", "--db", db.Db, "--json");

        Assert.Equal(0, graded.ExitCode);
        Assert.Contains($"graded {source} B (was F)", graded.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, badLetter.ExitCode);
        Assert.Contains("A to F", badLetter.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, noReason.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("enlace sources list", unknown.Stderr, StringComparison.Ordinal);
        var line = Assert.Single(after.Stdout.Split('\n'), l => l.Contains($"  {source}  ", StringComparison.Ordinal));
        Assert.StartsWith("B  ", line, StringComparison.Ordinal);
        Assert.Contains("matched the court file twice (rosa.mamani", line, StringComparison.Ordinal);
        Assert.Equal(sources.Count, after.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Every brief that cites the source shows B for it, and F for the sources nobody graded.
        using var json = JsonDocument.Parse(conflicts.Stdout);
        var checkedRows = 0;
        foreach (var eventId in json.RootElement.EnumerateArray().Select(c => c.GetProperty("event").GetString()!).Distinct())
        {
            var brief = await CliProcess.RunAsync("brief", "--event", eventId, "--db", db.Db);
            Assert.Equal(0, brief.ExitCode);
            foreach (var row in brief.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| figure", StringComparison.Ordinal) && !l.Contains("| decision |", StringComparison.Ordinal)))
            {
                var cells = row.Split(" | ");
                if (cells.Length < 5)
                {
                    continue;
                }

                var unescaped = cells[2].Replace("\\", "", StringComparison.Ordinal);
                Assert.StartsWith(unescaped == source ? "B" : "F", cells[3], StringComparison.Ordinal);
                checkedRows += unescaped == source ? 1 : 0;
            }
        }

        Assert.True(checkedRows >= 1, "a brief should cite the most cited source");
    }
}
