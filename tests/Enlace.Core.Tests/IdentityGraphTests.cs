using Enlace.Core.Identity;

namespace Enlace.Core.Tests;

public sealed class IdentityGraphTests
{
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private static readonly Guid Hsi = Guid.CreateVersion7();
    private static readonly Guid HsiLima = Guid.CreateVersion7();
    private static readonly Guid HisLima = Guid.CreateVersion7();
    private static readonly Guid Dhs = Guid.CreateVersion7();

    private static IdentityJudgement Judge(Guid a, Guid b, Verdict verdict, int minute) =>
        new(Guid.CreateVersion7(), Tenant, a, b, verdict, verdict == Verdict.Same ? 0.9 : 0.1, "ana", "test", DateTimeOffset.UnixEpoch.AddMinutes(minute));

    [Fact]
    public void Same_judgements_join_entities_transitively()
    {
        var graph = new IdentityGraph([Judge(HisLima, HsiLima, Verdict.Same, 1), Judge(HsiLima, Hsi, Verdict.Same, 2)]);

        Assert.True(graph.AreSame(HisLima, Hsi));
        Assert.Equal(graph.Representative(HisLima), graph.Representative(Hsi));
        Assert.Equal(3, Assert.Single(graph.Clusters()).Count);
        Assert.False(graph.AreSame(Hsi, Dhs));
    }

    [Fact]
    public void A_later_judgement_undoes_a_merge_and_keeps_the_pair_from_being_proposed_again()
    {
        var graph = new IdentityGraph([Judge(Hsi, Dhs, Verdict.Same, 1), Judge(Dhs, Hsi, Verdict.NotSame, 2)]);

        Assert.False(graph.AreSame(Hsi, Dhs));
        Assert.True(graph.IsRuledOut(Hsi, Dhs));
        Assert.Equal(Verdict.NotSame, graph.Latest(Dhs, Hsi)?.Verdict);
        Assert.Empty(graph.Clusters());
    }

    [Fact]
    public void Unsure_neither_merges_nor_rules_out()
    {
        var graph = new IdentityGraph([Judge(Hsi, HsiLima, Verdict.Unsure, 1)]);

        Assert.False(graph.AreSame(Hsi, HsiLima));
        Assert.False(graph.IsRuledOut(Hsi, HsiLima));
    }

    [Fact]
    public void The_order_judgements_arrive_in_does_not_matter_only_their_time()
    {
        var judgements = new[] { Judge(Hsi, HsiLima, Verdict.Same, 1), Judge(Hsi, HsiLima, Verdict.NotSame, 5), Judge(HsiLima, HisLima, Verdict.Same, 3) };

        var forward = new IdentityGraph(judgements);
        var backward = new IdentityGraph(judgements.Reverse());

        Assert.Equal(forward.AreSame(Hsi, HsiLima), backward.AreSame(Hsi, HsiLima));
        Assert.Equal(forward.AreSame(HsiLima, HisLima), backward.AreSame(HsiLima, HisLima));
        Assert.False(forward.AreSame(Hsi, HsiLima));
        Assert.True(forward.AreSame(HsiLima, HisLima));
    }

    [Fact]
    public void A_split_holds_even_when_older_links_chain_the_pair_together()
    {
        var graph = new IdentityGraph([
            Judge(HisLima, HsiLima, Verdict.Same, 1),
            Judge(HsiLima, Hsi, Verdict.Same, 2),
            Judge(HisLima, Hsi, Verdict.NotSame, 3),
        ]);

        Assert.False(graph.AreSame(HisLima, Hsi));
        Assert.True(graph.AreSame(HsiLima, Hsi));
        Assert.Equal(HisLima, Assert.Single(graph.SetAside).A);
        Assert.Equal(new[] { HsiLima, Hsi }.Order(), graph.Members(Hsi));
    }

    [Fact]
    public void A_cluster_lists_its_members_and_the_links_that_made_it()
    {
        var first = Judge(HisLima, HsiLima, Verdict.Same, 1);
        var second = Judge(HsiLima, Hsi, Verdict.Same, 2);
        var graph = new IdentityGraph([first, second, Judge(Hsi, Dhs, Verdict.Unsure, 3)]);

        Assert.Equal(new[] { HisLima, HsiLima, Hsi }.Order(), graph.Members(HisLima));
        Assert.Equal([second, first], graph.Links(Hsi));
        Assert.Equal([Dhs], graph.Members(Dhs));
        Assert.Equal(3, graph.InForce.Count());
    }
}
