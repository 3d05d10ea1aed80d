using System.Text.Json;
using Enlace.Testing;

namespace Enlace.Cli.Tests;

public sealed class IngestCommandTests
{
    [Theory, AllEngines]
    public async Task Ingest_then_search_finds_both_seed_reports_and_a_second_ingest_adds_nothing(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var seeds = Path.Combine(SharedFolder.Path, "corpus", "seeds");

        var first = await CliProcess.RunAsync("ingest", seeds, "--db", db.Db, "--json");
        var search = await CliProcess.RunAsync("search", "Tren de Aragua", "--db", db.Db, "--json");
        var second = await CliProcess.RunAsync("ingest", seeds, "--db", db.Db, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, Totals(first)["added"]);
        using var hits = JsonDocument.Parse(search.Stdout);
        Assert.Equal(["000_d3b4579ea020f93a.txt", "003_84c25957cfe7a1fb.txt"],
            hits.RootElement.EnumerateArray().Select(h => h.GetProperty("file_name").GetString()).Order());
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, Totals(second)["added"]);
        Assert.Equal(2, Totals(second)["unchanged"]);
    }

    [Fact]
    public async Task A_failed_file_gives_a_one_line_reason_and_a_non_zero_exit_while_the_others_are_stored()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        var files = SampleFiles.InNewFolder();
        files.Text("good.txt", "Police in Comas arrested 12 suspects, prosecutors said.");
        files.Text("empty.txt", "");
        files.Bytes("photo.png", [0x89, 0x50, 0x4E, 0x47]);

        var result = await CliProcess.RunAsync("ingest", files.Folder, "--db", db.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 added, 0 unchanged, 1 failed, 1 skipped", result.Stdout, StringComparison.Ordinal);
        var failure = Assert.Single(result.Stderr.Split('\n'), line => line.StartsWith("failed:", StringComparison.Ordinal));
        Assert.Contains("empty.txt", failure, StringComparison.Ordinal);
        Assert.Contains(result.Stderr.Split('\n'), line => line.StartsWith("skipped:", StringComparison.Ordinal) && line.Contains("photo.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_output_lists_every_file_with_its_status_and_the_totals()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        var files = SampleFiles.InNewFolder();
        var good = files.Text("good.txt", "La policía detuvo a doce personas en Comas, informó la Fiscalía.");
        var missing = Path.Combine(files.Folder, "missing.txt");

        var result = await CliProcess.RunAsync("ingest", good, missing, "--db", db.Db, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString() ?? "", f => f);
        Assert.Equal("added", rows[good].GetProperty("status").GetString());
        Assert.Equal("es", rows[good].GetProperty("language").GetString());
        Assert.Equal("failed", rows[missing].GetProperty("status").GetString());
        Assert.Equal("no such file or folder", rows[missing].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Bad_command_lines_and_unreachable_databases_exit_non_zero_with_a_reason()
    {
        var badDate = await CliProcess.RunAsync("ingest", ".", "--published", "10/02/2025", "--db", Path.Combine(Path.GetTempPath(), "x.db"));
        var badDb = await CliProcess.RunAsync("search", "aragua", "--db", "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2");

        Assert.NotEqual(0, badDate.ExitCode);
        Assert.Contains("YYYY-MM-DD", badDate.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, badDb.ExitCode);
        Assert.StartsWith("enlace: error: cannot open the postgresql database", badDb.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=y", badDb.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, int> Totals(CliProcess.Result result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("totals").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }
}
