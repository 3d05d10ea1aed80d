using Enlace.Core.Identity;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// Groups the reported happenings of different documents into events. Groups do not chain: a happening joins a group
/// only when it links to one member and contradicts none (complete linkage), so a report of a raid cannot pull in a
/// deportation through a third report that mentions both. The strongest links are tried first. Pairs someone has
/// already judged are left alone, so an analyst's "not same" is never overridden and never proposed again; only the
/// reconciler's own "unsure" may later be upgraded when the evidence grows.
/// </summary>
public static class EventGrouper
{
    public static EventGrouping Group(IReadOnlyList<EventEvidence> events, IdentityGraph identities)
    {
        var groups = new Dictionary<Guid, List<EventEvidence>>();
        foreach (var evt in events)
        {
            var root = identities.Representative(evt.EventId);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(evt);
        }

        var groupOf = new Dictionary<Guid, List<EventEvidence>>();
        foreach (var members in groups.Values)
        {
            members.ForEach(m => groupOf[m.EventId] = members);
        }

        var matches = new Dictionary<(Guid, Guid), EventMatch>();
        EventMatch MatchOf(EventEvidence a, EventEvidence b)
        {
            var key = a.EventId.CompareTo(b.EventId) < 0 ? (a.EventId, b.EventId) : (b.EventId, a.EventId);
            if (!matches.TryGetValue(key, out var match))
            {
                matches[key] = match = EventMatch.Between(a, b);
            }

            return match;
        }

        bool Compatible(List<EventEvidence> x, List<EventEvidence> y) =>
            x.All(a => y.All(b => (a.DocumentId is null || a.DocumentId != b.DocumentId) && !identities.IsRuledOut(a.EventId, b.EventId) && !MatchOf(a, b).Contradicts));

        var links = new List<EventLink>();
        var review = new List<EventLink>();
        foreach (var (a, b) in Candidates(events))
        {
            if ((a.DocumentId is not null && a.DocumentId == b.DocumentId) || groupOf[a.EventId] == groupOf[b.EventId] || !MayJudge(identities, a.EventId, b.EventId))
            {
                continue;
            }

            var match = MatchOf(a, b);
            if (match.Verdict == Verdict.Same)
            {
                links.Add(new EventLink(a, b, match));
            }
            else if (match.Verdict == Verdict.Unsure)
            {
                review.Add(new EventLink(a, b, match));
            }
        }

        var made = new List<EventLink>();
        foreach (var link in links.OrderByDescending(l => l.Match.Score).ThenBy(l => l.A.EventId).ThenBy(l => l.B.EventId))
        {
            var (x, y) = (groupOf[link.A.EventId], groupOf[link.B.EventId]);
            if (x == y || !Compatible(x, y))
            {
                continue;
            }

            x.AddRange(y);
            y.ForEach(m => groupOf[m.EventId] = x);
            made.Add(link);
        }

        // One review pair per two groups that could still be one, the most likely first.
        var reviewed = new HashSet<(List<EventEvidence>, List<EventEvidence>)>();
        var forReview = new List<EventLink>();
        foreach (var link in review.OrderByDescending(l => l.Match.Score).ThenBy(l => l.A.EventId).ThenBy(l => l.B.EventId))
        {
            var (x, y) = (groupOf[link.A.EventId], groupOf[link.B.EventId]);
            if (x != y && reviewed.Add((x, y)) && reviewed.Add((y, x)) && Compatible(x, y))
            {
                forReview.Add(link);
            }
        }

        return new EventGrouping(made, forReview);
    }

    private static bool MayJudge(IdentityGraph identities, Guid a, Guid b) =>
        identities.Latest(a, b) is not { } latest || (latest.Verdict == Verdict.Unsure && latest.JudgedBy == Reconciler.JudgedBy);

    // Dated happenings are compared when their dates fall within a month of each other; undated ones with every
    // happening that names one of their localities.
    private static IEnumerable<(EventEvidence, EventEvidence)> Candidates(IReadOnlyList<EventEvidence> events)
    {
        var byMonth = new Dictionary<int, List<int>>();
        var byLocality = new Dictionary<Guid, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            foreach (var month in events[i].Dates.SelectMany(DateWindows.Months).Distinct())
            {
                (byMonth.TryGetValue(month, out var list) ? list : byMonth[month] = []).Add(i);
            }

            foreach (var place in events[i].Localities)
            {
                (byLocality.TryGetValue(place, out var list) ? list : byLocality[place] = []).Add(i);
            }
        }

        var seen = new HashSet<(int, int)>();
        foreach (var block in byMonth.Values)
        {
            foreach (var pair in Pairs(block, block, seen))
            {
                yield return (events[pair.Item1], events[pair.Item2]);
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].IsDated)
            {
                continue;
            }

            foreach (var place in events[i].Localities)
            {
                foreach (var pair in Pairs([i], byLocality[place], seen))
                {
                    yield return (events[pair.Item1], events[pair.Item2]);
                }
            }
        }
    }

    private static IEnumerable<(int, int)> Pairs(List<int> left, List<int> right, HashSet<(int, int)> seen)
    {
        foreach (var i in left)
        {
            foreach (var j in right)
            {
                if (i != j && seen.Add(i < j ? (i, j) : (j, i)))
                {
                    yield return i < j ? (i, j) : (j, i);
                }
            }
        }
    }
}
