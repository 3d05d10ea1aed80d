using Enlace.Core.Identity;

namespace Enlace.Core.Reconciliation;

/// <summary>Whether two reported happenings are one, how sure, and why in words an analyst can check.</summary>
public sealed record EventMatch(Verdict Verdict, double Score, string Reason)
{
    /// <summary>
    /// Same when their dates overlap and they share a place (and no place of one contradicts the other's). Never
    /// "same" without dates on both sides: an undated background mention is at most proposed for review, so a rescue
    /// a year earlier or a deportation elsewhere is never folded into the raid.
    /// </summary>
    public static EventMatch Between(EventEvidence a, EventEvidence b)
    {
        var sharedPlaces = a.Places.Intersect(b.Places).Count();
        var sharedParticipants = a.Participants.Intersect(b.Participants).Count();
        if (a.Places.Count > 0 && b.Places.Count > 0 && sharedPlaces == 0)
        {
            return new(Verdict.NotSame, 0.05, "no place in common");
        }

        if (a.Dates.Count == 0 || b.Dates.Count == 0)
        {
            return sharedPlaces > 0 && sharedParticipants > 0 && a.Measures.Overlaps(b.Measures)
                ? new(Verdict.Unsure, 0.6, $"undated; {sharedPlaces} place(s) and {sharedParticipants} participant(s) in common")
                : new(Verdict.NotSame, 0.1, "undated and too little in common");
        }

        var overlapping = a.Dates.Any(x => b.Dates.Any(y => x.Overlaps(y)));
        if (!overlapping)
        {
            return new(Verdict.NotSame, 0.05, "their dates do not overlap");
        }

        // Without a shared place, a common participant (the same gang, the same police) is too weak to fold two reports
        // into one happening: merges chain, and one gang's raids in different cities would become one event.
        if (sharedPlaces == 0)
        {
            return sharedParticipants > 0
                ? new(Verdict.Unsure, 0.5, $"dates overlap and {sharedParticipants} participant(s) in common, but no place")
                : new(Verdict.NotSame, 0.1, "dates overlap but no place or participant in common");
        }

        var score = Math.Min(1.0, 0.7 + (0.1 * sharedPlaces) + (0.05 * sharedParticipants) + (a.Measures.Overlaps(b.Measures) ? 0.1 : 0));
        return new(Verdict.Same, score, $"dates overlap; {sharedPlaces} place(s) and {sharedParticipants} participant(s) in common");
    }
}
