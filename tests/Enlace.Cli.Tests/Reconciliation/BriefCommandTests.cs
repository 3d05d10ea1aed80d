using System.Text.Json;
using System.Text.RegularExpressions;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>`enlace brief` on the cross/ synthetic set: one gang, three happenings, told in both languages.</summary>
public sealed partial class BriefCommandTests
{
    private static readonly string Reports = Path.Combine(SharedFolder.Repository, "corpus", "synthetic", "cross");

    [Fact]
    public async Task A_brief_on_an_entity_covers_every_event_its_identity_takes_part_in_with_its_other_names_and_a_figures_table_each()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        await CliProcess.RunAsync("ingest", Reports, "--db", db.Db);

        var result = await CliProcess.RunAsync("brief", "--entity", "PNP", "--db", db.Db);

        Assert.Equal(0, result.ExitCode);
        var sections = EventHeading().Matches(result.Stdout).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, sections.Count);
        Assert.Contains(sections, s => s.Contains("Arequipa", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.Contains("Tacna", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.Contains("Puno", StringComparison.Ordinal));
        Assert.Equal(3, Regex.Count(result.Stdout, @"^\| figure \| value \| source", RegexOptions.Multiline));
        var aliases = result.Stdout[(result.Stdout.IndexOf("## Also known as", StringComparison.Ordinal) + 17)..].TrimStart().Split('\n')[0];
        Assert.Contains("Peruvian National Police", aliases, StringComparison.Ordinal);
        Assert.Contains("PNP", aliases, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adjudicated_conflict_shows_the_chosen_value_who_chose_it_and_every_alternative()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        await CliProcess.RunAsync("ingest", Reports, "--db", db.Db);
        var conflicts = await CliProcess.RunAsync("conflicts", "--db", db.Db, "--json");
        using var json = JsonDocument.Parse(conflicts.Stdout);
        var arrested = json.RootElement.EnumerateArray().Single(c => c.GetProperty("measure").GetString() == "arrested" && c.GetProperty("event_label").GetString()!.Contains("Arequipa", StringComparison.Ordinal));
        var chosen = arrested.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("value").GetDouble() == 16);
        var eventId = arrested.GetProperty("event").GetString()!;

        var adjudicate = await CliProcess.RunAsync("adjudicate", arrested.GetProperty("conflict_key").GetString()!, "--choose", chosen.GetProperty("id").GetString()![^8..],
            "--reason", "the prosecutors' list of detainees", "--analyst", "ana.quispe", "--db", db.Db);
        var brief = await CliProcess.RunAsync("brief", "--event", eventId[^8..], "--db", db.Db);

        Assert.Equal(0, adjudicate.ExitCode);
        Assert.Equal(0, brief.ExitCode);
        var decision = Assert.Single(brief.Stdout.Split('\n'), l => l.StartsWith("- arrested: **16**", StringComparison.Ordinal));
        Assert.Contains("ana.quispe: the prosecutors' list of detainees", decision, StringComparison.Ordinal);
        Assert.Equal(arrested.GetProperty("statements").GetArrayLength() - 1, Regex.Count(decision[decision.IndexOf("Alternatives kept", StringComparison.Ordinal)..], @"\[\[\d+\]\]"));
        Assert.Contains("| arrested | **16** (chosen) |", brief.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brief_on_an_unknown_entity_exits_with_a_usage_error()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        await CliProcess.RunAsync("ingest", Reports, "--db", db.Db);

        var result = await CliProcess.RunAsync("brief", "--entity", "Nadie Conocido", "--db", db.Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("enlace: error: no organisation, person or place", result.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^## Event \d+: (.+)$", RegexOptions.Multiline)]
    private static partial Regex EventHeading();
}
