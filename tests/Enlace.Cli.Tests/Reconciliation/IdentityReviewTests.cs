using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>Entity resolution across reports and the analyst's queue, merges and splits, over real stored reports.</summary>
public sealed class IdentityReviewTests
{
    [Theory, AllEngines]
    public async Task Spanish_and_English_names_of_one_police_are_judged_the_same_and_a_nickname_waits_for_review(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var (tenant, summary) = await TwoReports.IngestAsync(db.Store);

        var names = await Names(db, tenant);
        var judgements = await db.Store.GetJudgementsAsync(tenant);
        var police = Assert.Single(judgements, j => Pair(j, names) == ("Peruvian National Police", "Policía Nacional del Perú"));
        Assert.Equal((Verdict.Same, IdentityResolution.JudgedBy), (police.Verdict, police.JudgedBy));
        Assert.True(police.Score >= ResolutionBands.SameAt);
        var nickname = Assert.Single(judgements, j => Pair(j, names) == ("El Cuervo", "Wilber Ccori Huanca"));
        Assert.Equal(Verdict.Unsure, nickname.Verdict);
        Assert.InRange(nickname.Score, ResolutionBands.UnsureAt, ResolutionBands.SameAt);
        Assert.Equal(judgements.Count(j => j.JudgedBy == IdentityResolution.JudgedBy && j.Verdict == Verdict.Same), summary.EntitiesMerged);
        Assert.Equal(1, summary.EventsGrouped);

        var queue = await new IdentityReview(db.Store, TimeProvider.System).QueueAsync(tenant);
        var entry = Assert.Single(queue, e => e.Judgement.Id == nickname.Id);
        Assert.Equal(EntityKind.Person, entry.A.Kind);
        Assert.NotEmpty(entry.A.Documents);
        Assert.NotEmpty(entry.B.Documents);
        Assert.DoesNotContain(queue, e => e.Judgement.Verdict != Verdict.Unsure);
    }

    [Theory, AllEngines]
    public async Task An_analysts_split_keeps_the_pair_apart_and_resolution_never_proposes_it_again(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (tenant, _) = await TwoReports.IngestAsync(db.Store);
        var review = new IdentityReview(db.Store, TimeProvider.System);
        var a = Assert.Single(await review.FindAsync(tenant, "Peruvian National Police"));
        var b = Assert.Single(await review.FindAsync(tenant, "Policía Nacional del Perú"));

        var split = await review.SplitAsync(tenant, a.Id, b.Id, "ana.quispe", "the English report means another force");
        var before = (await db.Store.GetJudgementsAsync(tenant)).Count;
        var again = await TwoReports.Reconciler(db.Store).ReconcileAsync(tenant);

        Assert.Equal(Verdict.NotSame, split.Judgement.Verdict);
        Assert.Equal(0, again.EntitiesMerged + again.EntitiesForReview);
        Assert.Equal(before, (await db.Store.GetJudgementsAsync(tenant)).Count);
        var graph = new IdentityGraph(await db.Store.GetJudgementsAsync(tenant));
        Assert.False(graph.AreSame(a.Id, b.Id));
        Assert.Equal("ana.quispe", graph.Latest(a.Id, b.Id)?.JudgedBy);
    }

    [Theory, AllEngines]
    public async Task A_merge_from_the_queue_takes_the_pair_out_of_it_and_a_later_split_reverses_it(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (tenant, _) = await TwoReports.IngestAsync(db.Store);
        var review = new IdentityReview(db.Store, TimeProvider.System);
        var pending = Assert.Single(await review.QueueAsync(tenant), e => e.A.Name == "El Cuervo" || e.B.Name == "El Cuervo");

        var merge = await review.MergeAsync(tenant, pending.A.Id, pending.B.Id, "ana.quispe", "the note gives his alias");
        var merged = await review.ClusterAsync(tenant, pending.A.Id);
        var queueAfterMerge = await review.QueueAsync(tenant);
        await review.SplitAsync(tenant, pending.B.Id, pending.A.Id, "luis.rojas", "two men use that nickname in Arequipa");
        var split = await review.ClusterAsync(tenant, pending.A.Id);

        Assert.DoesNotContain(queueAfterMerge, e => e.Judgement.Id == pending.Judgement.Id);
        Assert.Equal(new[] { pending.A.Id, pending.B.Id }.Order(), merged.Members.Select(m => m.Id).Order());
        Assert.Equal(merge.Judgement.Id, Assert.Single(merged.Links).Id);
        Assert.Single(split.Members);
        Assert.Contains(split.Other, j => j.Verdict == Verdict.NotSame && j.JudgedBy == "luis.rojas");
        Assert.Equal(3, (await db.Store.GetJudgementsAsync(tenant)).Count(j => j.Pair == merge.Judgement.Pair));
    }

    [Theory, AllEngines]
    public async Task Nothing_is_resolved_or_merged_across_agencies(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (police, _) = await TwoReports.IngestAsync(db.Store, "pnp");
        var (embassy, _) = await TwoReports.IngestAsync(db.Store, "hsi");
        var ours = (await db.Store.ListEntitiesAsync(police)).Select(e => e.Id).ToHashSet();
        var theirs = (await db.Store.ListEntitiesAsync(embassy)).Select(e => e.Id).ToHashSet();
        var review = new IdentityReview(db.Store, TimeProvider.System);

        Assert.All(await db.Store.GetJudgementsAsync(police), j => Assert.True(ours.Contains(j.A) && ours.Contains(j.B)));
        Assert.All(await db.Store.GetJudgementsAsync(embassy), j => Assert.True(theirs.Contains(j.A) && theirs.Contains(j.B)));
        var ourPolice = Assert.Single(await review.FindAsync(police, "Peruvian National Police"));
        var theirPolice = Assert.Single(await review.FindAsync(embassy, "Peruvian National Police"));
        await Assert.ThrowsAsync<UnknownEntityException>(() => review.MergeAsync(police, ourPolice.Id, theirPolice.Id, "ana.quispe", "same force"));
    }

    [Theory, AllEngines]
    public async Task A_decision_on_an_unknown_entity_on_entities_of_different_kinds_or_without_a_reason_is_refused(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (tenant, _) = await TwoReports.IngestAsync(db.Store);
        var review = new IdentityReview(db.Store, TimeProvider.System);
        var place = Assert.Single(await review.FindAsync(tenant, "Cayma"));
        var gang = Assert.Single(await review.FindAsync(tenant, "Los Cóndores del Sur"));
        var count = (await db.Store.GetJudgementsAsync(tenant)).Count;

        await Assert.ThrowsAsync<UnknownEntityException>(() => review.MergeAsync(tenant, place.Id, Guid.CreateVersion7(), "ana", "why not"));
        var kinds = await Assert.ThrowsAsync<IdentityDecisionException>(() => review.MergeAsync(tenant, place.Id, gang.Id, "ana", "why not"));
        await Assert.ThrowsAsync<IdentityDecisionException>(() => review.SplitAsync(tenant, place.Id, gang.Id, "ana", " "));

        Assert.Contains("only entities of one kind", kinds.Message, StringComparison.Ordinal);
        Assert.Equal(count, (await db.Store.GetJudgementsAsync(tenant)).Count);
        Assert.Empty(await review.FindAsync(tenant, "Nadie Conocido"));
    }

    private static async Task<Dictionary<Guid, string>> Names(TestDatabase db, Guid tenant) =>
        (await db.Store.ListEntitiesAsync(tenant)).ToDictionary(e => e.Id, e => e.Name);

    private static (string, string) Pair(IdentityJudgement judgement, Dictionary<Guid, string> names)
    {
        var (a, b) = (names[judgement.A], names[judgement.B]);
        return string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }
}
