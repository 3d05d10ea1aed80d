namespace Enlace.Core.Identity;

/// <summary>
/// Proposes which mentions of a batch name the same entity. Mentions are compared only within one tenant and one
/// kind, only when they share a block, and never when the tenant already judged the pair or already holds it in one
/// cluster. Mentions written in the same form are linked to each other directly; each distinct form is blocked and
/// scored once, in parallel. The result is proposals: what to accept is the caller's (or an analyst's) decision.
/// </summary>
public sealed class EntityResolver(Blocker blocker, int? parallelism = null)
{
    // Earlier mentions of the same form tried when a mention's first link was ruled out.
    private const int LinkAttempts = 8;

    public EntityResolver()
        : this(new Blocker())
    {
    }

    public static IReadOnlyList<ProposedMatch> Propose(IReadOnlyList<MentionRecord> mentions, IdentityGraph existing, IKnownNames names) =>
        new EntityResolver().Resolve(mentions, existing, names).Proposals;

    public Resolution Resolve(IReadOnlyList<MentionRecord> mentions, IdentityGraph existing, IKnownNames names, CancellationToken cancellation = default)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount, CancellationToken = cancellation };
        var matcher = new NameMatcher(names);
        var prepared = new PreparedMention[mentions.Count];
        ParallelRanges.ForEach(mentions.Count, 256, parallel, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                prepared[i] = matcher.Prepare(mentions[i]);
            }
        });

        var groups = FormGroups.Build(prepared);
        var index = blocker.Index(groups.Forms, parallel);
        var pairs = PairScoring.Run(groups.Forms, index, matcher, parallel, out var scored);
        var judgements = new ExistingJudgements(existing);
        var proposals = new List<ProposedMatch>(pairs.Count + mentions.Count - groups.Forms.Length);
        foreach (var (a, b, match) in pairs)
        {
            if (ProposeBetweenForms(mentions, groups, judgements, a, b, match) is { } proposal)
            {
                proposals.Add(proposal);
            }
        }

        LinkSameForms(mentions, prepared, groups, judgements, matcher, proposals);
        var stats = new BlockingStats(mentions.Count, groups.Forms.Length, index.Keys, index.Blocks.Length, index.SkippedBlocks, index.SkippedEntries, scored, proposals.Count);
        return new Resolution(proposals, stats);
    }

    // The pair is proposed between the first mentions of the two forms, whose names were the ones scored.
    private static ProposedMatch? ProposeBetweenForms(IReadOnlyList<MentionRecord> mentions, FormGroups groups, ExistingJudgements judgements, int formA, int formB, MatchScore match)
    {
        var (x, y) = (groups.Forms[formA].Record, groups.Forms[formB].Record);
        return judgements.MayPropose(x.Id, y.Id) && !judgements.AnyRuledOut(mentions, groups, formA, formB)
            ? new ProposedMatch(x.TenantId, x.Id, y.Id, match)
            : null;
    }

    private static void LinkSameForms(
        IReadOnlyList<MentionRecord> mentions, PreparedMention[] prepared, FormGroups groups, ExistingJudgements judgements, NameMatcher matcher, List<ProposedMatch> proposals)
    {
        var earlier = new List<int>();
        for (var form = 0; form < groups.Forms.Length; form++)
        {
            earlier.Clear();
            foreach (var m in groups.Members(form))
            {
                var attempts = 0;
                foreach (var e in earlier)
                {
                    if (attempts++ == LinkAttempts)
                    {
                        break;
                    }

                    var (x, y) = (mentions[e], mentions[m]);
                    if (judgements.IsRuledOut(x.Id, y.Id))
                    {
                        continue;
                    }

                    var match = matcher.Score(prepared[e], prepared[m]);
                    if (match.Score >= ResolutionBands.UnsureAt && judgements.MayPropose(x.Id, y.Id))
                    {
                        proposals.Add(new ProposedMatch(x.TenantId, x.Id, y.Id, match));
                    }

                    break;
                }

                earlier.Add(m);
            }
        }
    }
}
