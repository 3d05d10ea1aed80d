using Enlace.Core.Identity;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// Whether two reported happenings are one, how sure, and why in words an analyst can check.
/// <see cref="Contradicts"/> marks the pairs that cannot be one happening at all (dates far apart, places in different
/// countries), as opposed to pairs that merely have too little in common to be linked directly.
/// </summary>
public sealed record EventMatch(Verdict Verdict, double Score, string Reason, bool Contradicts = false)
{
    /// <summary>
    /// Same only with a place in common smaller than a region (a shared country says little) and dates that agree at
    /// the precision they have: overlapping days or weeks suffice; days a little apart (a date conflict) or a shared
    /// month also need a participant or a figure in common. Two happenings that name no locality may still be one when
    /// they share a region or country, give the same day, and share a participant or a figure. Never "same" without
    /// dates on both sides: an undated mention is at most proposed for review.
    /// </summary>
    public static EventMatch Between(EventEvidence a, EventEvidence b)
    {
        var dates = DateWindows.Compare(a.Dates, b.Dates);
        if (dates == DateAgreement.Apart)
        {
            return Apart("their dates are far apart");
        }

        // Without a hierarchy of places a district and its city share no name, so different localities only rule a
        // pair out when they lie in different countries.
        var localities = a.Localities.Count(b.Localities.Contains);
        if (localities == 0 && a.LocalityCountries.Count > 0 && b.LocalityCountries.Count > 0 && !a.LocalityCountries.Overlaps(b.LocalityCountries))
        {
            return Apart("their places lie in different countries");
        }

        var regions = a.Regions.Count(b.Regions.Contains);
        var participants = a.Participants.Count(b.Participants.Contains);
        var measures = a.Measures.Overlaps(b.Measures);
        var more = participants > 0 || measures;
        var common = $"{localities} locality(ies), {participants} participant(s){(measures ? " and a figure" : "")} in common";
        var score = (0.05 * Math.Clamp(localities - 1, 0, 2)) + (participants > 0 ? 0.05 : 0) + (measures ? 0.05 : 0);
        if (localities > 0)
        {
            return dates switch
            {
                DateAgreement.Close => new(Verdict.Same, 0.8 + score, $"dates overlap; {common}"),
                DateAgreement.Near when more => new(Verdict.Same, 0.75 + score, $"dates within {DateWindows.NearDays} days; {common}"),
                DateAgreement.Loose when more => new(Verdict.Same, 0.7 + score, $"same month; {common}"),
                DateAgreement.Unknown when participants > 0 && measures => new(Verdict.Unsure, 0.6, $"undated; {common}"),
                DateAgreement.Unknown => new(Verdict.NotSame, 0.1, $"undated; only {common}"),
                _ => new(Verdict.Unsure, 0.5, $"{Describe(dates)}; only {common}"),
            };
        }

        if (a.Localities.Count == 0 && b.Localities.Count == 0 && regions > 0 && more && SameDay(a, b))
        {
            return new(Verdict.Same, 0.7 + score, $"same day; no locality named, {regions} region or country and {participants} participant(s){(measures ? " and a figure" : "")} in common");
        }

        return dates is DateAgreement.Close or DateAgreement.Near && participants > 0
            ? new(Verdict.Unsure, 0.5, $"{Describe(dates)} and {participants} participant(s) in common, but no locality")
            : new(Verdict.NotSame, 0.1, $"{Describe(dates)}; too little in common");
    }

    private static EventMatch Apart(string reason) => new(Verdict.NotSame, 0.02, reason, Contradicts: true);

    private static bool SameDay(EventEvidence a, EventEvidence b) =>
        a.Dates.Any(x => x.Precision == Statements.DatePrecision.Day && b.Dates.Any(y => y.Precision == Statements.DatePrecision.Day && x.Start == y.Start));

    private static string Describe(DateAgreement dates) => dates switch
    {
        DateAgreement.Close => "dates overlap",
        DateAgreement.Near => $"dates within {DateWindows.NearDays} days",
        DateAgreement.Loose => "same month at best",
        _ => "undated",
    };
}
