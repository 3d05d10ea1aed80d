using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Testing;

namespace Enlace.Storage.Tests;

public sealed class JudgementStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 17, 12, 0, 0, TimeSpan.Zero);

    [Theory, AllEngines]
    public async Task Judgements_read_back_in_order_and_the_latest_one_on_a_pair_decides(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var hsi = await db.Store.EnsureEntityAsync(tenant, EntityKind.Organization, "Homeland Security Investigations");
        var typo = await db.Store.EnsureEntityAsync(tenant, EntityKind.Organization, "HIS Lima");
        var merge = new IdentityJudgement(Guid.CreateVersion7(), tenant, hsi.Id, typo.Id, Verdict.Same, 0.93, "resolver", "acronym typo in context", Now);
        var undo = new IdentityJudgement(Guid.CreateVersion7(), tenant, typo.Id, hsi.Id, Verdict.NotSame, 1, "ana.quispe", "a different office", Now.AddHours(1));

        await db.Store.AddJudgementAsync(merge);
        await db.Store.AddJudgementAsync(undo);

        var judgements = await db.Store.GetJudgementsAsync(tenant);
        Assert.Equal([merge, undo], judgements);
        var graph = new IdentityGraph(judgements);
        Assert.False(graph.AreSame(hsi.Id, typo.Id));
        Assert.True(graph.IsRuledOut(hsi.Id, typo.Id));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("DELETE FROM identity_judgements"));
    }

    [Theory, AllEngines]
    public async Task A_judgement_cannot_reach_another_agencys_entities(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var police = await db.Store.EnsureTenantAsync("pnp");
        var embassy = await db.Store.EnsureTenantAsync("hsi");
        var ours = await db.Store.EnsureEntityAsync(police, EntityKind.Person, "Jhonny Pérez Quintero");
        var theirs = await db.Store.EnsureEntityAsync(embassy, EntityKind.Person, "Jhonny Perez Quintero");

        var crossing = new IdentityJudgement(Guid.CreateVersion7(), police, ours.Id, theirs.Id, Verdict.Same, 0.99, "resolver", "same name", Now);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Store.AddJudgementAsync(crossing));
        Assert.Empty(await db.Store.GetJudgementsAsync(police));
        Assert.Empty(await db.Store.GetJudgementsAsync(embassy));
    }

    [Theory, AllEngines]
    public async Task A_batch_of_judgements_is_stored_whole_or_not_at_all(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var police = await db.Store.EnsureTenantAsync("pnp");
        var embassy = await db.Store.EnsureTenantAsync("hsi");
        var a = await db.Store.EnsureEntityAsync(police, EntityKind.Organization, "Brigada Central de Valdoria");
        var b = await db.Store.EnsureEntityAsync(police, EntityKind.Organization, "BCV");
        var c = await db.Store.EnsureEntityAsync(police, EntityKind.Organization, "Central Brigade of Valdoria");
        var theirs = await db.Store.EnsureEntityAsync(embassy, EntityKind.Organization, "BCV");
        var good = new IdentityJudgement(Guid.CreateVersion7(), police, a.Id, b.Id, Verdict.Same, 0.95, "resolver", "acronym", Now);
        var alsoGood = new IdentityJudgement(Guid.CreateVersion7(), police, a.Id, c.Id, Verdict.Unsure, 0.7, "resolver", "translation", Now);
        var crossing = new IdentityJudgement(Guid.CreateVersion7(), police, b.Id, theirs.Id, Verdict.Same, 0.99, "resolver", "same acronym", Now);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Store.AddJudgementsAsync(police, [good, alsoGood, crossing]));
        Assert.Empty(await db.Store.GetJudgementsAsync(police));

        await db.Store.AddJudgementsAsync(police, [good, alsoGood]);
        Assert.Equal([good, alsoGood], (await db.Store.GetJudgementsAsync(police)).OrderBy(j => j.Reason, StringComparer.Ordinal));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Store.AddJudgementsAsync(embassy, [good]));
        Assert.Empty(await db.Store.GetJudgementsAsync(embassy));
    }
}
