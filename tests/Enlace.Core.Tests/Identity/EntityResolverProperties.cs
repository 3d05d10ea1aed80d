using CsCheck;
using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

public sealed class EntityResolverProperties
{
    private static readonly Guid[] Tenants = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];

    private static readonly Gen<MentionRecord[]> Batch =
        Gen.Select(NameGen.Record, Gen.Int[0, Tenants.Length - 1]).Select((record, tenant) => record with { TenantId = Tenants[tenant] }).Array[2, 30];

    [Fact]
    public void The_resolver_never_proposes_a_pair_across_tenants_or_a_pair_already_decided()
    {
        Gen.Select(Batch, Gen.Int[0, 1000].Array[0, 12], Gen.Bool).Sample((mentions, picks, notSame) =>
        {
            var judgements = picks.Chunk(2).Where(p => p.Length == 2).Select(p =>
            {
                var (a, b) = (mentions[p[0] % mentions.Length], mentions[p[1] % mentions.Length]);
                return new IdentityJudgement(Guid.CreateVersion7(), a.TenantId, a.Id, b.Id, notSame ? Verdict.NotSame : Verdict.Same, 0.5, "ana", "test", DateTimeOffset.UnixEpoch);
            }).Where(j => j.A != j.B).ToList();
            var graph = new IdentityGraph(judgements);
            var tenantOf = mentions.ToDictionary(m => m.Id, m => m.TenantId);

            var proposals = new EntityResolver().Resolve(mentions, graph, NoKnownNames.Instance).Proposals;

            return proposals.All(p =>
                tenantOf[p.A] == tenantOf[p.B] && p.TenantId == tenantOf[p.A]
                && !graph.IsRuledOut(p.A, p.B) && graph.Latest(p.A, p.B) is null && !graph.AreSame(p.A, p.B)
                && p.Score >= ResolutionBands.UnsureAt);
        }, iter: 300);
    }

    [Fact]
    public void Every_proposal_carries_the_score_the_matcher_gives_the_pair()
    {
        var matcher = new NameMatcher();
        Batch.Sample(mentions =>
        {
            var byId = mentions.ToDictionary(m => m.Id);
            return EntityResolver.Propose(mentions, new IdentityGraph([]), NoKnownNames.Instance)
                .All(p => matcher.Score(byId[p.A], byId[p.B]).Score == p.Score);
        }, iter: 300);
    }
}
