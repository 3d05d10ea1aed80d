using Enlace.Core.Identity;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// Proposes which reported happenings of different documents are one event. Pairs someone has already judged are left
/// alone, so an analyst's "not same" is never overridden and never proposed again.
/// </summary>
public static class EventGrouper
{
    public static IReadOnlyList<(EventEvidence A, EventEvidence B, EventMatch Match)> Propose(IReadOnlyList<EventEvidence> events, IdentityGraph identities)
    {
        var proposals = new List<(EventEvidence, EventEvidence, EventMatch)>();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                var (a, b) = (events[i], events[j]);
                if (a.DocumentId == b.DocumentId || identities.Latest(a.EventId, b.EventId) is not null || identities.AreSame(a.EventId, b.EventId))
                {
                    continue;
                }

                var match = EventMatch.Between(a, b);
                if (match.Verdict != Verdict.NotSame)
                {
                    proposals.Add((a, b, match));
                }
            }
        }

        return proposals;
    }
}
