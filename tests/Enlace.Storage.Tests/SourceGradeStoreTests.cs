using Enlace.Core.Access;
using Enlace.Core.Entities;
using Enlace.Core.Grading;
using Enlace.Core.Markings;
using Enlace.Core.Sources;
using Enlace.Core.Statements;
using Enlace.Storage.Access;
using Enlace.Testing;

namespace Enlace.Storage.Tests;

public sealed class SourceGradeStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory, AllEngines]
    public async Task Grades_read_back_in_order_per_agency_and_the_latest_of_a_source_is_in_force(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var police = await db.Store.EnsureTenantAsync("police");
        var embassy = await db.Store.EnsureTenantAsync("embassy");
        var grades = new SourceGradeStore(db.Store);
        var first = SourceGrade.Create(police, "Diario La Brújula", SourceReliability.C, "two corrections this year", "rosa.mamani", Now);
        var second = SourceGrade.Create(police, "diario  la brújula", SourceReliability.B, "figures held up against the court file", "rosa.mamani", Now.AddDays(3));
        var other = SourceGrade.Create(police, "Radio Horizonte", SourceReliability.E, "repeated rumours as fact", "rosa.mamani", Now.AddDays(1));
        var theirs = SourceGrade.Create(embassy, "Diario La Brújula", SourceReliability.A, "long record with us", "j.doe", Now.AddDays(2));

        foreach (var grade in new[] { first, other, second, theirs })
        {
            await grades.AddAsync(grade);
        }

        Assert.Equal([first, other, second], await grades.ListAsync(police));
        Assert.Equal([first, second], await grades.ListAsync(police, "DIARIO LA BRÚJULA"));
        var book = await grades.BookAsync(police);
        Assert.Equal(SourceReliability.B, book.ReliabilityOf("Diario La Brújula"));
        Assert.Equal(SourceReliability.E, book.ReliabilityOf("radio horizonte"));
        Assert.Equal(SourceReliability.F, book.ReliabilityOf("never graded"));
        Assert.Equal(SourceReliability.A, (await grades.BookAsync(embassy)).ReliabilityOf("Diario La Brújula"));
    }

    [Theory, AllEngines]
    public async Task Grades_are_append_only_in_the_database_itself(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("police");
        var grades = new SourceGradeStore(db.Store);
        await grades.AddAsync(SourceGrade.Create(tenant, "Radio Horizonte", SourceReliability.D, "unconfirmed twice", "rosa", Now));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("UPDATE source_grades SET reliability = 'A'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("DELETE FROM source_grades"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("INSERT INTO source_grades (id, tenant_id, source_key, source, reliability, reason, graded_by, graded_at) " +
            "SELECT id, tenant_id, 'x', 'x', 'G', 'r', 'b', graded_at FROM source_grades"));

        Assert.Equal(SourceReliability.D, Assert.Single(await grades.ListAsync(tenant)).Reliability);
    }

    [Fact]
    public void A_grade_without_a_source_or_a_reason_is_refused()
    {
        var tenant = Guid.NewGuid();
        Assert.Throws<ArgumentException>(() => SourceGrade.Create(tenant, "  ", SourceReliability.B, "reason", "rosa", Now));
        Assert.Throws<ArgumentException>(() => SourceGrade.Create(tenant, "Radio Horizonte", SourceReliability.B, " ", "rosa", Now));
        Assert.Throws<ArgumentException>(() => SourceGrade.Create(tenant, "Radio Horizonte", (SourceReliability)42, "reason", "rosa", Now));
        Assert.Throws<ArgumentException>(() => SourceGrade.Create(tenant, new string('x', SourceGrade.MaxSourceLength + 1), SourceReliability.B, "reason", "rosa", Now));
    }

    [Theory, AllEngines]
    public async Task Cited_sources_are_those_of_statements_the_reader_may_read(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("police");
        var elsewhere = await db.Store.EnsureTenantAsync("embassy");
        var stored = await db.Store.AddDocumentsAsync(tenant, [Reports.Text("Informe de prueba: la policía detuvo a cuatro personas en Cusco.", "es")]);
        var raid = await db.Store.EnsureEntityAsync(tenant, EntityKind.Event, "raid");
        var theirRaid = await db.Store.EnsureEntityAsync(elsewhere, EntityKind.Event, "raid");
        var span = new TextSpan(20, 40);
        Statement Said(Guid t, Guid subject, string? by, Tlp tlp) => Statement.Create(t, subject, "arrested", new QuantityValue(4, Qualifier.Exact, "arrested"),
            Provenance.Extracted("extractor/1", stored[0].Id, span, by),
            InformationCredibility.ProbablyTrue, new Marking(tlp, HandlingCode.H1), Now);
        await db.Store.AddStatementsAsync(tenant, [Said(tenant, raid.Id, "Policía Regional", Tlp.Green), Said(tenant, raid.Id, "Policía Regional", Tlp.Amber),
            Said(tenant, raid.Id, "Informante Siete", Tlp.AmberStrict), Said(tenant, raid.Id, null, Tlp.Green)]);
        await db.Store.AddStatementsAsync(elsewhere, [Statement.Create(elsewhere, theirRaid.Id, "note", new TextValue("x"), Provenance.Analyst("their.analyst"), InformationCredibility.ProbablyTrue, Marking.Default, Now)]);
        var cited = new ClearedSources(db.Store);

        var analyst = await cited.CitedAsync(AccessRules.Scope(tenant, "police", Guid.NewGuid(), "rosa", [Role.Analyst], false));
        var viewer = await cited.CitedAsync(AccessRules.Scope(tenant, "police", Guid.NewGuid(), "vera", [Role.Viewer], false));

        Assert.Equal(2, analyst.Single(c => c.Name == "Policía Regional").Statements);
        Assert.Equal(1, analyst.Single(c => c.Name == "Informante Siete").Statements);
        Assert.Equal(1, analyst.Single(c => c.Name == "report.txt").Documents);
        Assert.DoesNotContain(analyst, c => c.Name == "their.analyst");
        Assert.Equal(1, viewer.Single(c => c.Name == "Policía Regional").Statements);
        Assert.DoesNotContain(viewer, c => c.Name == "Informante Siete");
    }
}
