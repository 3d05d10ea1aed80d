using Enlace.Core.Entities;
using Enlace.Core.Identity;
using static Enlace.Core.Tests.Identity.Mentions;

namespace Enlace.Core.Tests.Identity;

public sealed class EntityResolverTests
{
    private static readonly IdentityGraph Nothing = new([]);

    private static IdentityJudgement Judge(MentionRecord a, MentionRecord b, Verdict verdict) =>
        new(Guid.CreateVersion7(), a.TenantId, a.Id, b.Id, verdict, 0.5, "ana", "test", DateTimeOffset.UnixEpoch);

    private static IdentityGraph Clustered(IEnumerable<ProposedMatch> proposals) =>
        new(proposals.Where(p => p.Suggested == Verdict.Same).Select(p => p.AsJudgement(Guid.CreateVersion7(), "resolver", DateTimeOffset.UnixEpoch)));

    [Fact]
    public void The_seed_merges_come_out_as_three_clusters()
    {
        MentionRecord[] hsi = [Org("HIS Lima"), Org("HSI Lima"), Org("Homeland Security Investigations (HSI) unit in Lima")];
        MentionRecord[] embassy = [Org("Embassy of US in Peru"), Org("U.S. Embassy in Peru"), Org("Embassy of the United States in Peru")];
        MentionRecord[] police = [Org("Peruvian National Police (PNP)", "Peruvian police"), Org("PNP"), Org("Peruvian police")];

        var graph = Clustered(EntityResolver.Propose([.. hsi, .. embassy, .. police], Nothing, NoKnownNames.Instance));

        Assert.Equal(3, graph.Clusters().Count);
        foreach (var group in new[] { hsi, embassy, police })
        {
            Assert.All(group, m => Assert.True(graph.AreSame(group[0].Id, m.Id), m.Name));
        }
    }

    [Fact]
    public void Mentions_of_different_tenants_are_never_paired()
    {
        var ours = Org("HSI Lima");
        var theirs = new MentionRecord(Guid.CreateVersion7(), Guid.CreateVersion7(), EntityKind.Organization, "HSI Lima", []);

        Assert.Empty(EntityResolver.Propose([ours, theirs], Nothing, NoKnownNames.Instance));
    }

    [Fact]
    public void A_pair_ruled_out_is_not_proposed_again()
    {
        var (a, b) = (Org("HSI Lima"), Org("HIS Lima"));

        Assert.Empty(EntityResolver.Propose([a, b], new IdentityGraph([Judge(a, b, Verdict.NotSame)]), NoKnownNames.Instance));
    }

    [Fact]
    public void A_pair_already_judged_unsure_is_not_proposed_again()
    {
        var (a, b) = (Org("HSI"), Org("HSI Lima"));

        Assert.Empty(EntityResolver.Propose([a, b], new IdentityGraph([Judge(a, b, Verdict.Unsure)]), NoKnownNames.Instance));
    }

    [Fact]
    public void A_pair_already_in_one_cluster_is_not_proposed()
    {
        var (a, b, c) = (Org("HSI Lima"), Org("HIS Lima"), Org("Homeland Security Investigations (HSI) unit in Lima"));
        var graph = new IdentityGraph([Judge(a, b, Verdict.Same), Judge(b, c, Verdict.Same)]);

        Assert.Empty(EntityResolver.Propose([a, b, c], graph, NoKnownNames.Instance));
    }

    [Fact]
    public void Mentions_written_alike_are_linked_without_relinking_what_was_ruled_apart()
    {
        var (first, second, third) = (Person("Juan Carlos Pérez Soto"), Person("JUAN CARLOS PEREZ SOTO"), Person("Juan Carlos Pérez Soto"));

        var proposals = EntityResolver.Propose([first, second, third], new IdentityGraph([Judge(first, second, Verdict.NotSame)]), NoKnownNames.Instance);

        Assert.DoesNotContain(proposals, p => (p.A, p.B) == (first.Id, second.Id) || (p.A, p.B) == (second.Id, first.Id));
        Assert.Contains(proposals, p => p.B == third.Id && p.Score == 1);
    }

    [Fact]
    public void Unsure_pairs_are_proposed_for_review_and_weak_ones_not_at_all()
    {
        var proposals = EntityResolver.Propose([Org("HSI"), Org("HSI Lima"), Org("Tren de Aragua")], Nothing, NoKnownNames.Instance);

        var proposal = Assert.Single(proposals);
        Assert.Equal(Verdict.Unsure, proposal.Suggested);
        Assert.Contains("Lima", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proposal_becomes_a_judgement_of_its_tenant_when_accepted()
    {
        var proposal = Assert.Single(EntityResolver.Propose([Org("HSI Lima"), Org("HIS Lima")], Nothing, NoKnownNames.Instance));

        var judgement = proposal.AsJudgement(Guid.CreateVersion7(), "ana", DateTimeOffset.UnixEpoch);

        Assert.Equal(Tenant, judgement.TenantId);
        Assert.Equal(Verdict.Same, judgement.Verdict);
        Assert.Equal(proposal.Reason, judgement.Reason);
    }

    [Fact]
    public void Blocking_statistics_account_for_the_batch()
    {
        var resolution = new EntityResolver().Resolve([Org("HSI Lima"), Org("HIS Lima"), Org("HSI Lima")], Nothing, NoKnownNames.Instance);

        Assert.Equal(3, resolution.Blocking.Mentions);
        Assert.Equal(2, resolution.Blocking.DistinctForms);
        Assert.Equal(1, resolution.Blocking.ScoredPairs);
        Assert.Equal(2, resolution.Blocking.Proposals);
    }
}
