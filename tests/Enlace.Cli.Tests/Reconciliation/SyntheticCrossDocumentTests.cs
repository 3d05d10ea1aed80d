using System.Text.Json;
using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;
using Enlace.Ingest;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>
/// The synthetic reports of both languages ingested into one tenant and reconciled, checked against
/// corpus/synthetic/cross-document.json: every event's reports, conflicts and corroborations exactly, undated accounts
/// proposed for review, and other happenings kept apart.
/// </summary>
public sealed class SyntheticCrossDocumentTests
{
    private static readonly string Corpus = Path.Combine(SharedFolder.Repository, "corpus", "synthetic");

    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus, "cross-document.json"))).RootElement;

    [Theory, AllEngines]
    public async Task Reports_of_one_happening_are_one_event_with_exactly_the_expected_conflicts_and_corroborations(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (tenant, events, reportsOf) = await IngestAsync(db);
        var grouped = events.Where(e => reportsOf(e).Count > 1).ToList();
        var expected = Expected.GetProperty("events").EnumerateArray().ToList();

        // No event holds two or more reports unless the expectations say so.
        var sets = expected.Select(e => Strings(e, "reports").ToHashSet()).Where(s => s.Count > 1).ToList();
        Assert.All(grouped, e => Assert.True(sets.Any(s => s.SetEquals(reportsOf(e))), $"unexpected event {e.Label}: {string.Join(", ", reportsOf(e).Order())}"));
        // Two happenings can be told by the same reports (an indictment and a designation both reports mention); such
        // events are told apart by their figures.
        foreach (var same in expected.Where(e => Strings(e, "reports").Count > 1).GroupBy(e => string.Join(' ', Strings(e, "reports").Order(StringComparer.Ordinal))))
        {
            var reports = Strings(same.First(), "reports");
            var views = grouped.Where(e => reportsOf(e).SetEquals(reports)).ToList();
            Assert.True(views.Count == same.Count(), $"{views.Count} events hold exactly {same.Key}; expected {same.Count()}");
            foreach (var evt in same)
            {
                var id = evt.GetProperty("id").GetString();
                var conflicts = Expect(evt, "conflicts", "conflict").ToList();
                var corroborations = Expect(evt, "corroborations", "corroborated").ToList();
                var view = Assert.Single(views, v =>
                    conflicts.SequenceEqual(v.Conflicts.Select(Key).Order(StringComparer.Ordinal)) &&
                    corroborations.SequenceEqual(v.Corroborations.Select(Key).Order(StringComparer.Ordinal)));
                Assert.True(Strings(evt, "kept_apart").All(r => !reportsOf(view).Contains(r)), $"{id} holds a report of another happening");
            }
        }

        var review = new IdentityReview(db.Store, TimeProvider.System);
        var queue = (await review.QueueAsync(tenant)).Where(q => q.A.Kind == Core.Entities.EntityKind.Event).ToList();
        foreach (var evt in expected.Where(e => Strings(e, "for_review").Count > 0))
        {
            var view = grouped.SingleOrDefault(e => reportsOf(e).SetEquals(Strings(evt, "reports")));
            foreach (var report in Strings(evt, "for_review"))
            {
                Assert.NotNull(view);
                Assert.Contains(queue, q => (Report(q.A.Name) == report && view.Members.Contains(q.B.Id)) || (Report(q.B.Name) == report && view.Members.Contains(q.A.Id)));
            }
        }
    }

    private static async Task<(Guid Tenant, IReadOnlyList<EventView> Events, Func<EventView, HashSet<string>> ReportsOf)> IngestAsync(TestDatabase db)
    {
        var folders = Expected.GetProperty("folders").EnumerateArray().Select(f => Path.Combine(Corpus, f.GetString() ?? "")).ToList();
        await new IngestPipeline(db.Store, new IngestOptions()).RunAsync(IngestPlan.For(folders));
        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        await TwoReports.Reconciler(db.Store).ReconcileAsync(tenant);
        var files = (await db.Store.ListDocumentsAsync(tenant, 1000)).ToDictionary(d => d.Id, d => Report(d.FileName));
        var events = await TwoReports.Reconciler(db.Store).EventsAsync(tenant);
        return (tenant, events, e => [.. e.Documents.Select(d => files[d])]);
    }

    /// <summary>A report by the start of its file name: "es01_pnp_cadenas_rotas.txt" → "es01"; an event frame's name starts with its file's.</summary>
    private static string Report(string name) => name[..name.IndexOf('_', StringComparison.Ordinal)];

    private static List<string> Strings(JsonElement evt, string property) =>
        evt.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(r => r.GetString() ?? "")] : [];

    private static IEnumerable<string> Expect(JsonElement evt, string property, string status) =>
        Strings(evt, property).Concat(evt.TryGetProperty("artifacts", out var artifacts)
            ? artifacts.EnumerateArray().Where(a => a.GetProperty("status").GetString() == status).Select(a => a.GetProperty("figure").GetString() ?? "")
            : []).Order(StringComparer.Ordinal);

    private static string Key(FigureComparison figure) => figure.Key?.ToString() ?? "date";
}
