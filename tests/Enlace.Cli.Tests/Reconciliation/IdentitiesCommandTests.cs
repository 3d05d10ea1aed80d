using System.Text.Json;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>`enlace identities` as a user runs it, on reports ingested by `enlace ingest`.</summary>
public sealed class IdentitiesCommandTests
{
    [Theory, AllEngines]
    public async Task The_review_queue_lists_each_pair_with_names_kinds_score_reasons_and_reports(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await CliProcess.RunAsync("ingest", TwoReports.Folder(), "--db", db.Db);

        var result = await CliProcess.RunAsync("identities", "review", "--db", db.Db, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var nickname = Assert.Single(json.RootElement.EnumerateArray(), e => Names(e).Contains("El Cuervo"));
        Assert.Equal(["El Cuervo", "Wilber Ccori Huanca"], Names(nickname).Order());
        Assert.Equal("person", nickname.GetProperty("a").GetProperty("kind").GetString());
        Assert.Equal("resolver", nickname.GetProperty("proposed_by").GetString());
        Assert.InRange(nickname.GetProperty("score").GetDouble(), 0.6, 0.9);
        Assert.Contains("nickname", nickname.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["nota-policial.txt", "wire.txt"], new[] { "a", "b" }.SelectMany(side => nickname.GetProperty(side).GetProperty("documents").EnumerateArray().Select(d => d.GetString())).Distinct().Order());
    }

    [Fact]
    public async Task Merge_and_split_by_name_record_the_analyst_and_the_latest_decision_wins()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        await CliProcess.RunAsync("ingest", TwoReports.Folder(), "--db", db.Db);

        var merge = await CliProcess.RunAsync("identities", "merge", "El Cuervo", "Wilber Ccori Huanca", "--reason", "the note gives his alias", "--analyst", "ana.quispe", "--db", db.Db, "--json");
        var merged = await CliProcess.RunAsync("identities", "show", "El Cuervo", "--db", db.Db, "--json");
        var split = await CliProcess.RunAsync("identities", "split", "Wilber Ccori Huanca", "El Cuervo", "--reason", "another man", "--db", db.Db);
        var apart = await CliProcess.RunAsync("identities", "show", "El Cuervo", "--db", db.Db, "--json");

        Assert.Equal(0, merge.ExitCode);
        using (var json = JsonDocument.Parse(merge.Stdout))
        {
            Assert.Equal("same", json.RootElement.GetProperty("judgement").GetProperty("verdict").GetString());
            Assert.Equal("ana.quispe", json.RootElement.GetProperty("judgement").GetProperty("judged_by").GetString());
        }

        using (var json = JsonDocument.Parse(merged.Stdout))
        {
            Assert.Equal(2, json.RootElement.GetProperty("members").GetArrayLength());
            Assert.Equal("the note gives his alias", Assert.Single(json.RootElement.GetProperty("links").EnumerateArray()).GetProperty("reason").GetString());
        }

        Assert.Equal(0, split.ExitCode);
        Assert.StartsWith("split 'Wilber Ccori Huanca' and 'El Cuervo'", split.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(apart.Stdout))
        {
            Assert.Equal(1, json.RootElement.GetProperty("members").GetArrayLength());
            Assert.Contains(json.RootElement.GetProperty("other").EnumerateArray(), j => j.GetProperty("verdict").GetString() == "not_same" && j.GetProperty("reason").GetString() == "another man");
        }
    }

    [Fact]
    public async Task Unknown_or_ambiguous_names_and_a_missing_reason_exit_with_a_usage_error_and_record_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Sqlite);
        await CliProcess.RunAsync("ingest", TwoReports.Folder(), "--db", db.Db);
        var tenant = await db.Store.EnsureTenantAsync("local");
        var before = (await db.Store.GetJudgementsAsync(tenant)).Count;
        // Entities stored in one batch share the first digits of their ids: a short prefix names many of them.
        var sharedPrefix = (await db.Store.ListEntitiesAsync(tenant))[0].Id.ToString("N")[..8];

        var unknown = await CliProcess.RunAsync("identities", "merge", "Nadie Conocido", "El Cuervo", "--reason", "x", "--db", db.Db);
        var unknownId = await CliProcess.RunAsync("identities", "show", "0123456789ab", "--db", db.Db);
        var ambiguous = await CliProcess.RunAsync("identities", "show", sharedPrefix, "--db", db.Db);
        var noReason = await CliProcess.RunAsync("identities", "split", "El Cuervo", "Wilber Ccori Huanca", "--reason", " ", "--db", db.Db);
        var kinds = await CliProcess.RunAsync("identities", "merge", "Cayma", "El Cuervo", "--reason", "x", "--db", db.Db);

        Assert.All(new[] { unknown, unknownId, ambiguous, noReason, kinds }, r => Assert.Equal(ExitCodes.Usage, r.ExitCode));
        Assert.StartsWith("enlace: error: no organisation, person, place or event is named or has the id 'Nadie Conocido'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Contains("'0123456789ab'", unknownId.Stderr, StringComparison.Ordinal);
        Assert.Contains("entities; give one id", ambiguous.Stderr, StringComparison.Ordinal);
        Assert.Contains("needs a reason", noReason.Stderr, StringComparison.Ordinal);
        Assert.Contains("only entities of one kind", kinds.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, (await db.Store.GetJudgementsAsync(tenant)).Count);
    }

    private static List<string?> Names(JsonElement entry) => [entry.GetProperty("a").GetProperty("name").GetString(), entry.GetProperty("b").GetProperty("name").GetString()];
}
