using Enlace.Core.Adjudications;
using Enlace.Core.Entities;
using Enlace.Core.Grading;
using Enlace.Core.Markings;
using Enlace.Core.Statements;
using Enlace.Testing;

namespace Enlace.Storage.Tests;

public sealed class StatementStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 17, 12, 0, 0, TimeSpan.Zero);

    [Theory, AllEngines]
    public async Task Statements_of_every_value_kind_read_back_with_their_provenance(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var stored = await db.Store.AddDocumentsAsync(tenant, [Reports.Text(Reports.SpanishRaid, "es")]);
        var documentId = stored[0].Id;
        var operation = await db.Store.EnsureEntityAsync(tenant, EntityKind.Event, "Operación Cadenas Rotas");
        var gang = await db.Store.EnsureEntityAsync(tenant, EntityKind.Organization, "Tren de Aragua");
        var extracted = Provenance.Extracted("enlace-extractor/1", documentId, new TextSpan(30, 52), "Policía Nacional del Perú");
        var statements = new[]
        {
            Statement.Create(tenant, operation.Id, "arrested", new QuantityValue(31, Qualifier.AtLeast, "arrested", "women"), extracted, InformationCredibility.ProbablyTrue, Marking.Default, Now),
            Statement.Create(tenant, operation.Id, "date", new DateValue(DateInterval.WeekOf(new DateOnly(2025, 3, 14))), extracted, InformationCredibility.PossiblyTrue, Marking.Default, Now),
            Statement.Create(tenant, operation.Id, "target", new EntityValue(gang.Id), Provenance.Analyst("ana.quispe"), InformationCredibility.Confirmed, new Marking(Tlp.Red, HandlingCode.H2), Now),
            Statement.Create(tenant, gang.Id, "note", new TextValue("faction active since 2021"), Provenance.Operation(operation.Id, "DIRINCRI"), InformationCredibility.CannotBeJudged, Marking.Default, Now),
        };

        await db.Store.AddStatementsAsync(tenant, statements);

        var back = await db.Store.GetStatementsAsync(tenant, new());
        Assert.Equal(statements.OrderBy(s => s.Id), back.OrderBy(s => s.Id));
        Assert.Equal(2, (await db.Store.GetStatementsAsync(tenant, new(DocumentId: documentId))).Count);
        var quantity = (QuantityValue)back.Single(s => s.Property == "arrested").Value;
        Assert.True(quantity.Interval().IsUnbounded);
    }

    [Theory, AllEngines]
    public async Task Statements_are_append_only_in_the_database_itself(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var subject = await db.Store.EnsureEntityAsync(tenant, EntityKind.Event, "raid");
        var statement = Statement.Create(tenant, subject.Id, "arrested", new QuantityValue(20, Qualifier.Exact, "arrested"),
            Provenance.Analyst("ana"), InformationCredibility.ProbablyTrue, Marking.Default, Now);
        await db.Store.AddStatementsAsync(tenant, [statement]);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("UPDATE statements SET q_value = 99"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("DELETE FROM statements"));

        Assert.Equal(20, ((QuantityValue)Assert.Single(await db.Store.GetStatementsAsync(tenant, new())).Value).Value);
    }

    [Theory, AllEngines]
    public async Task An_extracted_statement_without_a_document_span_is_refused(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var subject = await db.Store.EnsureEntityAsync(tenant, EntityKind.Event, "raid");
        var orphan = Statement.Create(tenant, subject.Id, "arrested", new QuantityValue(20, Qualifier.Exact, "arrested"),
            Provenance.Analyst("ana"), InformationCredibility.ProbablyTrue, Marking.Default, Now) with
        { Origin = StatementOrigin.Extracted };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Store.AddStatementsAsync(tenant, [orphan]));

        Assert.Empty(await db.Store.GetStatementsAsync(tenant, new()));
    }

    [Theory, AllEngines]
    public async Task A_statement_for_another_tenant_is_refused_and_stays_invisible(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var police = await db.Store.EnsureTenantAsync("pnp");
        var embassy = await db.Store.EnsureTenantAsync("hsi");
        var subject = await db.Store.EnsureEntityAsync(police, EntityKind.Event, "raid");
        var statement = Statement.Create(police, subject.Id, "arrested", new QuantityValue(20, Qualifier.Exact, "arrested"),
            Provenance.Analyst("ana"), InformationCredibility.ProbablyTrue, Marking.Default, Now);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Store.AddStatementsAsync(embassy, [statement]));
        await db.Store.AddStatementsAsync(police, [statement]);

        Assert.Empty(await db.Store.GetStatementsAsync(embassy, new()));
        Assert.Empty(await db.Store.ListEntitiesAsync(embassy));
    }

    [Theory, AllEngines]
    public async Task A_batch_that_fails_part_way_stores_nothing(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var good = Reports.Text(Reports.EnglishRaid, "en", "good.txt");
        var broken = Reports.Text(Reports.SpanishRaid, "es", "broken.txt") with
        {
            // Points at an entity that exists nowhere: the foreign key fails inside the batch.
            Statements = [Statement.Create(tenant, Guid.NewGuid(), "arrested", new QuantityValue(1, Qualifier.Exact, "arrested"),
                Provenance.Analyst("ana"), InformationCredibility.ProbablyTrue, Marking.Default, Now)],
        };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Store.AddDocumentsAsync(tenant, [good, broken]));

        Assert.Equal(0, await db.Store.CountDocumentsAsync(tenant));
        Assert.Empty(await db.Store.SearchAsync(tenant, new("cocaine")));
    }

    [Theory, AllEngines]
    public async Task Adjudications_keep_every_competing_statement_and_the_reason(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var raid = await db.Store.EnsureEntityAsync(tenant, EntityKind.Event, "raid");
        var low = Statement.Create(tenant, raid.Id, "arrested", new QuantityValue(20, Qualifier.Exact, "arrested"), Provenance.Analyst("a"), InformationCredibility.ProbablyTrue, Marking.Default, Now);
        var high = Statement.Create(tenant, raid.Id, "arrested", new QuantityValue(23, Qualifier.AtLeast, "arrested"), Provenance.Analyst("b"), InformationCredibility.PossiblyTrue, Marking.Default, Now);
        await db.Store.AddStatementsAsync(tenant, [low, high]);
        var decision = new Adjudication(Guid.CreateVersion7(), tenant, "raid/arrested", [low.Id, high.Id], high.Id, "later police figure", "ana", Now);

        await db.Store.AddAdjudicationAsync(decision);

        var back = Assert.Single(await db.Store.GetAdjudicationsAsync(tenant, "raid/arrested"));
        Assert.Equal([low.Id, high.Id], back.StatementIds);
        Assert.Equal(high.Id, back.ChosenStatementId);
        Assert.Equal(2, (await db.Store.GetStatementsAsync(tenant, new(SubjectId: raid.Id))).Count);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("DELETE FROM adjudications"));
    }
}
