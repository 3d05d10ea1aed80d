using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// Compares the dates of two reported happenings at the precision each has: a month contains its days but says little
/// about which of them, so two reports that agree only on the month agree only loosely.
/// </summary>
public static class DateWindows
{
    /// <summary>Days between two precise dates that still count as near (a date conflict rather than another happening).</summary>
    public const int NearDays = 3;

    public static DateAgreement Compare(IReadOnlyList<DateInterval> a, IReadOnlyList<DateInterval> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return DateAgreement.Unknown;
        }

        var best = DateAgreement.Apart;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var agreement = Compare(x, y);
                if (agreement > best)
                {
                    best = agreement;
                }
            }
        }

        return best;
    }

    public static DateAgreement Compare(DateInterval x, DateInterval y)
    {
        var precise = IsPrecise(x) && IsPrecise(y);
        if (x.Overlaps(y))
        {
            return precise ? DateAgreement.Close : DateAgreement.Loose;
        }

        var gap = x.End < y.Start ? y.Start.DayNumber - x.End.DayNumber : x.Start.DayNumber - y.End.DayNumber;
        return precise && gap <= NearDays ? DateAgreement.Near : DateAgreement.Apart;
    }

    /// <summary>Whether the interval is a day or a week, the precisions that can place a happening.</summary>
    public static bool IsPrecise(DateInterval interval) => interval.Precision is DatePrecision.Day or DatePrecision.Week;

    /// <summary>The months an interval touches, widened by <see cref="NearDays"/>, as blocking keys (year × 12 + month).</summary>
    public static IEnumerable<int> Months(DateInterval interval)
    {
        var from = interval.Start.AddDays(-NearDays);
        var to = interval.End.AddDays(NearDays);
        for (var key = (from.Year * 12) + from.Month - 1; key <= (to.Year * 12) + to.Month - 1; key++)
        {
            yield return key;
        }
    }
}
