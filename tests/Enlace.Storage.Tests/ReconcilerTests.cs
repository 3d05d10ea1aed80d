using Enlace.Core.Adjudications;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Grading;
using Enlace.Core.Identity;
using Enlace.Core.Markings;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;
using Enlace.Testing;

namespace Enlace.Storage.Tests;

/// <summary>Reconciliation over stored statements shaped as extraction stores them: figures and dates about event frames.</summary>
public sealed class ReconcilerTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 17, 12, 0, 0, TimeSpan.Zero);

    [Theory, AllEngines]
    public async Task Two_reports_of_one_raid_become_one_event_whose_disjoint_figures_conflict_and_overlapping_ones_corroborate(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var wire = new Frame(db, tenant, "wire.txt");
        var embassy = new Frame(db, tenant, "embassy.txt");
        await wire.Store(DateInterval.Day(new DateOnly(2025, 2, 7)), ["Lima", "Peru"], ["Peruvian National Police"],
            (23, Qualifier.AtLeast, "arrested", null, null), (300, Qualifier.MoreThan, "officers", null, null), (84, Qualifier.Exact, "rescued", null, "Embassy"), (123, Qualifier.Exact, "rescued", null, "PNP"));
        await embassy.Store(DateInterval.WeekOf(new DateOnly(2025, 2, 3)), ["Lima"], ["Peruvian National Police", "Homeland Security Investigations"],
            (20, Qualifier.Exact, "arrested", null, null), (300, Qualifier.MoreThan, "officers", null, null), (24, Qualifier.Approximately, "targeted", null, null));
        var reconciler = new Reconciler(db.Store, TimeProvider.System);

        var (grouped, _) = await reconciler.GroupEventsAsync(tenant);
        var events = await reconciler.EventsAsync(tenant);

        Assert.Equal(1, grouped);
        var raid = Assert.Single(events);
        Assert.Equal(2, raid.Documents.Count);
        Assert.Equal(["arrested", "rescued"], raid.Conflicts.Select(c => c.Measure).Order());
        Assert.Equal(["date", "officers"], raid.Corroborations.Select(c => c.Measure).Order());
        Assert.Equal(AgreementStatus.Single, raid.Figures.Single(f => f.Measure == "targeted").Agreement.Status);
        Assert.Equal("2025-02-07 · Lima · Peruvian National Police", raid.Label);
    }

    [Theory, AllEngines]
    public async Task A_rescue_a_year_earlier_and_a_deportation_elsewhere_stay_separate_events(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await new Frame(db, tenant, "raid.txt").Store(DateInterval.Day(new DateOnly(2025, 2, 7)), ["Lima"], ["Peruvian National Police"], (84, Qualifier.Exact, "rescued", null, null));
        await new Frame(db, tenant, "history.txt").Store(DateInterval.Month(2024, 1), ["Lima"], ["Peruvian National Police"], (40, Qualifier.Exact, "rescued", "girls", null));
        await new Frame(db, tenant, "deportation.txt").Store(null, ["Guantanamo Bay", "Cuba"], ["Immigration and Customs Enforcement"], (10, Qualifier.Exact, "deported", null, null));
        var reconciler = new Reconciler(db.Store, TimeProvider.System);

        var (grouped, _) = await reconciler.GroupEventsAsync(tenant);

        Assert.Equal(0, grouped);
        Assert.Equal(3, (await reconciler.EventsAsync(tenant)).Count);
    }

    [Theory, AllEngines]
    public async Task An_analysts_not_same_keeps_two_reports_apart_and_is_never_proposed_again(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var a = await new Frame(db, tenant, "a.txt").Store(DateInterval.Day(new DateOnly(2025, 6, 2)), ["Arica"], ["Carabineros de Chile"], (17, Qualifier.Exact, "arrested", null, null));
        var b = await new Frame(db, tenant, "b.txt").Store(DateInterval.Day(new DateOnly(2025, 6, 2)), ["Arica"], ["Carabineros de Chile"], (19, Qualifier.Exact, "arrested", null, null));
        await db.Store.AddJudgementAsync(new IdentityJudgement(Guid.CreateVersion7(), tenant, a, b, Verdict.NotSame, 1, "ana", "two different raids that day", Now));
        var reconciler = new Reconciler(db.Store, TimeProvider.System);

        var (grouped, review) = await reconciler.GroupEventsAsync(tenant);

        Assert.Equal((0, 0), (grouped, review));
        Assert.Equal(2, (await reconciler.EventsAsync(tenant)).Count);
        Assert.Empty((await reconciler.EventsAsync(tenant)).SelectMany(e => e.Conflicts));
    }

    [Theory, AllEngines]
    public async Task An_adjudication_is_recorded_on_the_conflict_and_every_side_stays(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await new Frame(db, tenant, "a.txt").Store(DateInterval.Day(new DateOnly(2025, 3, 14)), ["Lima"], ["Peruvian National Police"], (46, Qualifier.Exact, "rescued", "women", null));
        await new Frame(db, tenant, "b.txt").Store(DateInterval.Day(new DateOnly(2025, 3, 14)), ["Lima"], ["Peruvian National Police"], (52, Qualifier.Exact, "rescued", "women", null));
        var reconciler = new Reconciler(db.Store, TimeProvider.System);
        await reconciler.GroupEventsAsync(tenant);
        var conflict = Assert.Single((await reconciler.EventsAsync(tenant)).SelectMany(e => e.Conflicts));
        var chosen = conflict.Agreement.Statements[1];

        await db.Store.AddAdjudicationAsync(new Adjudication(Guid.CreateVersion7(), tenant, conflict.ConflictKey,
            [.. conflict.Agreement.Statements.Select(s => s.Id)], chosen.Id, "shelter intake records", "ana", Now));

        var after = Assert.Single((await reconciler.EventsAsync(tenant)).SelectMany(e => e.Conflicts));
        Assert.Equal(conflict.ConflictKey, after.ConflictKey);
        Assert.Equal(2, after.Agreement.Statements.Count);
        Assert.Equal(chosen.Id, Assert.Single(await db.Store.GetAdjudicationsAsync(tenant, conflict.ConflictKey)).ChosenStatementId);
    }

    /// <summary>Stores one report with one event frame the way ingest does: the document, its event, places, participants, date and figures.</summary>
    private sealed class Frame(TestDatabase db, Guid tenant, string file)
    {
        public async Task<Guid> Store(DateInterval? date, string[] places, string[] participants, params (decimal Value, Qualifier Qualifier, string Measure, string? Population, string? Source)[] figures)
        {
            var text = $"Report {file}: " + string.Join(" ", figures.Select(f => $"{f.Value} {f.Measure}."));
            var document = new NewDocument(file, "text/plain", null, "en", null, text, System.Text.Encoding.UTF8.GetBytes(text), Marking.Default);
            var evt = new Entity(Guid.CreateVersion7(), tenant, EntityKind.Event, file + " event 1", Now);
            var named = places.Select(p => new Entity(Guid.CreateVersion7(), tenant, EntityKind.Location, p, Now))
                .Concat(participants.Select(p => new Entity(Guid.CreateVersion7(), tenant, EntityKind.Organization, p, Now))).ToList();
            var span = new TextSpan(0, 6);
            Statement About(string property, StatementValue value, string? source = null) => Statement.Create(tenant, evt.Id, property, value,
                Provenance.Extracted("test", document.Id, span, source), InformationCredibility.CannotBeJudged, Marking.Default, Now);
            var statements = named.Select(e => About(e.Kind == EntityKind.Location ? "place" : "participant", new EntityValue(e.Id)))
                .Concat(figures.Select(f => About(f.Measure, new QuantityValue(f.Value, f.Qualifier, f.Measure, f.Population), f.Source)))
                .Concat(date is { } d ? [About("date", new DateValue(d))] : [])
                .ToList();
            await db.Store.AddDocumentsAsync(tenant, [document with { Entities = [evt, .. named], Statements = statements }]);
            return (await db.Store.ListEntitiesAsync(tenant, EntityKind.Event)).Single(e => e.Name == evt.Name).Id;
        }
    }
}
