using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;

namespace Enlace.Core.Tests.Reconciliation;

public sealed class EventGrouperTests
{
    private static readonly Guid Tenant = Guid.CreateVersion7();

    private static List<HashSet<Guid>> Groups(IReadOnlyList<EventEvidence> events, IdentityGraph existing, EventGrouping grouping)
    {
        var graph = new IdentityGraph([.. existing.InForce, .. grouping.Links.Select(l =>
            new IdentityJudgement(Guid.CreateVersion7(), Tenant, l.A.EventId, l.B.EventId, Verdict.Same, l.Match.Score, "reconciler", l.Match.Reason, DateTimeOffset.UnixEpoch))]);
        return [.. events.GroupBy(e => graph.Representative(e.EventId)).Select(g => g.Select(e => e.EventId).ToHashSet())];
    }

    [Fact]
    public void A_report_joins_a_group_only_when_it_contradicts_no_member()
    {
        // The month-long report links to both, but the two dated reports are five weeks apart: no chain through it.
        var early = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").With("Los Cóndores del Sur");
        var month = Happening.InReport().InMonth(2025, 10).In("Cayma", "PE").With("Los Cóndores del Sur");
        var late = Happening.InReport().On(2025, 11, 12).In("Cayma", "PE").With("Los Cóndores del Sur");
        EventEvidence[] events = [early.Evidence, month.Evidence, late.Evidence];

        var grouping = EventGrouper.Group(events, new IdentityGraph([]));

        var groups = Groups(events, new IdentityGraph([]), grouping);
        Assert.Single(grouping.Links);
        Assert.Contains(groups, g => g.SetEquals([early.Id, month.Id]));
        Assert.Contains(groups, g => g.SetEquals([late.Id]));
    }

    [Fact]
    public void The_strongest_links_are_made_first()
    {
        var police = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").In("Yanahuara", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var wire = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").In("Yanahuara", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var other = Happening.InReport().On(2025, 10, 9).In("Cayma", "PE").Reporting("arrested");

        var grouping = EventGrouper.Group([other.Evidence, police.Evidence, wire.Evidence], new IdentityGraph([]));

        var first = grouping.Links[0];
        Assert.Equal(new[] { police.Id, wire.Id }.Order(), new[] { first.A.EventId, first.B.EventId }.Order());
    }

    [Fact]
    public void Happenings_of_one_report_are_never_grouped_and_a_judged_pair_is_left_alone()
    {
        var document = Guid.CreateVersion7();
        var main = Happening.InReport(document).On(2025, 10, 7).In("Cayma", "PE");
        var background = Happening.InReport(document).On(2025, 10, 7).In("Cayma", "PE");
        var elsewhere = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE");
        var ruledOut = new IdentityGraph([new IdentityJudgement(Guid.CreateVersion7(), Tenant, main.Id, elsewhere.Id, Verdict.NotSame, 1, "ana", "two raids that day", DateTimeOffset.UnixEpoch)]);

        var grouping = EventGrouper.Group([main.Evidence, background.Evidence, elsewhere.Evidence], ruledOut);

        // The background frame may join the other report, but then main, ruled apart from it, stays out.
        Assert.DoesNotContain(grouping.Links, l => (l.A.EventId, l.B.EventId) == (main.Id, elsewhere.Id) || (l.A.EventId, l.B.EventId) == (elsewhere.Id, main.Id));
        var groups = Groups([main.Evidence, background.Evidence, elsewhere.Evidence], ruledOut, grouping);
        Assert.All(groups, g => Assert.False(g.Contains(main.Id) && (g.Contains(background.Id) || g.Contains(elsewhere.Id))));
    }

    [Fact]
    public void Undated_reports_go_to_review_once_per_pair_of_groups()
    {
        var police = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var wire = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var undated = Happening.InReport().In("Cayma", "PE").With("Los Cóndores del Sur").Reporting("arrested");

        var grouping = EventGrouper.Group([police.Evidence, wire.Evidence, undated.Evidence], new IdentityGraph([]));

        Assert.Single(grouping.Links);
        var review = Assert.Single(grouping.ForReview);
        Assert.Contains(undated.Id, new[] { review.A.EventId, review.B.EventId });
    }
}
