using System.Text.Json;
using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;
using Enlace.Ingest;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>The seed reports' cross-document gold (shared/corpus/seeds-expected.json), checked after a real ingest.</summary>
public sealed class SeedReconciliationTests
{
    private static readonly string Seeds = Path.Combine(SharedFolder.Path, "corpus", "seeds");

    private static readonly JsonElement Gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFolder.Path, "corpus", "seeds-expected.json"))).RootElement;

    [Theory, AllEngines]
    public async Task The_seed_raid_conflicts_exactly_where_the_gold_says_and_corroborates_the_officers(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (events, _) = await IngestAsync(db);

        var cross = Gold.GetProperty("cross_document");
        var raid = Assert.Single(events, e => e.Documents.Count > 1);
        Assert.Equal(Keys(cross.GetProperty("conflicts")), raid.Conflicts.Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(Keys(cross.GetProperty("corroborations")), raid.Corroborations.Select(Key).Order(StringComparer.Ordinal));
    }

    [Theory, AllEngines]
    public async Task Figures_of_one_happening_share_an_event_and_the_earlier_rescue_and_the_deportation_stay_apart(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (events, documents) = await IngestAsync(db);
        var eventOf = events.SelectMany(e => e.Figures.SelectMany(f => f.Agreement.Statements).Select(s => (s.Id, e.Id))).ToDictionary(p => p.Item1, p => p.Item2);

        var located = new List<(string Gold, Guid System)>();
        foreach (var document in Gold.GetProperty("documents").EnumerateArray())
        {
            var stored = documents[document.GetProperty("file").GetString() ?? ""];
            foreach (var figure in document.GetProperty("quantities").EnumerateArray().Where(q => q.GetProperty("event").ValueKind == JsonValueKind.String))
            {
                var at = stored.Text.IndexOf(figure.GetProperty("text").GetString() ?? "", StringComparison.Ordinal);
                var statement = stored.Statements.Single(s => s.Value is QuantityValue && s.Span is { } span && span.Start < at + figure.GetProperty("text").GetString()!.Length && at < span.End);
                located.Add((figure.GetProperty("event").GetString()!, eventOf[statement.Id]));
            }
        }

        Assert.Equal(3, located.Select(l => l.Gold).Distinct().Count());
        Assert.All(located.GroupBy(l => l.Gold), g => Assert.Single(g.Select(l => l.System).Distinct()));
        Assert.Equal(3, located.Select(l => l.System).Distinct().Count());
    }

    [Theory, AllEngines]
    public async Task The_names_the_gold_merges_are_one_entity(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await IngestAsync(db);
        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        var review = new IdentityReview(db.Store, TimeProvider.System);
        var graph = new IdentityGraph(await db.Store.GetJudgementsAsync(tenant));
        var namedAs = (await db.Store.GetStatementsAsync(tenant, new Core.Storage.StatementFilter(Property: "named_as", Limit: int.MaxValue)))
            .Where(s => s.Value is TextValue).Select(s => (Text: ((TextValue)s.Value).Text, s.SubjectId)).ToList();

        foreach (var group in Gold.GetProperty("cross_document").GetProperty("entity_merges").EnumerateArray())
        {
            var clusters = new HashSet<Guid>();
            foreach (var name in group.EnumerateArray().Select(n => n.GetString() ?? ""))
            {
                // A descriptive phrase ("the X (Y) unit in Lima") names the entity whose mention it contains.
                var found = (await review.FindAsync(tenant, name)).Select(e => e.Id).ToList();
                if (found.Count == 0)
                {
                    found = [.. namedAs.Where(n => name.Contains(n.Text, StringComparison.Ordinal)).OrderByDescending(n => n.Text.Length).Take(1).Select(n => n.SubjectId)];
                }

                Assert.True(found.Count > 0, $"no entity is named '{name}'");
                found.ForEach(id => clusters.Add(graph.Representative(id)));
            }

            Assert.True(clusters.Count == 1, $"{string.Join(", ", group.EnumerateArray())} are {clusters.Count} entities");
        }
    }

    private static async Task<(IReadOnlyList<EventView> Events, Dictionary<string, (string Text, List<Statement> Statements)> Documents)> IngestAsync(TestDatabase db)
    {
        await new IngestPipeline(db.Store, new IngestOptions()).RunAsync(IngestPlan.For([Seeds]));
        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        await TwoReports.Reconciler(db.Store).ReconcileAsync(tenant);
        var events = await TwoReports.Reconciler(db.Store).EventsAsync(tenant);
        var documents = new Dictionary<string, (string, List<Statement>)>();
        foreach (var document in await db.Store.ListDocumentsAsync(tenant, 10))
        {
            documents[document.FileName] = (document.Text, [.. await db.Store.GetStatementsAsync(tenant, new Core.Storage.StatementFilter(DocumentId: document.Id, Limit: int.MaxValue))]);
        }

        return (events, documents);
    }

    private static string Key(FigureComparison figure) => figure.Key?.ToString() ?? "date";

    private static IEnumerable<string> Keys(JsonElement list) =>
        list.EnumerateArray().Select(c => c.GetProperty("measure").GetString() + (c.TryGetProperty("population", out var p) && p.ValueKind == JsonValueKind.String ? "/" + p.GetString() : "")).Order(StringComparer.Ordinal);
}
