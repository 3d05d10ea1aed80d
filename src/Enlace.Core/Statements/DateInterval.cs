using System.Globalization;

namespace Enlace.Core.Statements;

/// <summary>A date known to some precision, as the closed interval of days it covers.</summary>
public readonly record struct DateInterval(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateInterval Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static DateInterval Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>The ISO 8601 week (Monday to Sunday) that contains <paramref name="day"/>.</summary>
    public static DateInterval WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6), DatePrecision.Week);
    }

    /// <summary>
    /// From the first day of <paramref name="from"/> to the last of <paramref name="to"/> ("between 2 and 4 April",
    /// "May 2021 through June 2024"), kept at the precision both ends share, else by the day.
    /// </summary>
    public static DateInterval Range(DateInterval from, DateInterval to) =>
        new(from.Start, to.End, from.Precision == to.Precision && from.Precision != DatePrecision.Week ? from.Precision : DatePrecision.Day);

    /// <summary>Whether the interval runs over more than one unit of its precision (a range such as "2023-02/2023-04").</summary>
    public bool IsRange => Precision switch
    {
        DatePrecision.Day => Start != End,
        DatePrecision.Month => Start.Year != End.Year || Start.Month != End.Month,
        DatePrecision.Year => Start.Year != End.Year,
        _ => false,
    };

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    /// <summary>
    /// The contract's text form: "2025-02-07", "2025-W06", "2025-01" or "2025"; a range is an ISO 8601 interval of its
    /// two ends at the same precision ("2024-07-08/2024-07-11", "2023-02/2023-04", "1990/1999").
    /// </summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => IsRange ? Iso(Start, "yyyy-MM-dd") + "/" + Iso(End, "yyyy-MM-dd") : Iso(Start, "yyyy-MM-dd"),
        DatePrecision.Month => IsRange ? Iso(Start, "yyyy-MM") + "/" + Iso(End, "yyyy-MM") : Iso(Start, "yyyy-MM"),
        DatePrecision.Year => IsRange ? Iso(Start, "yyyy") + "/" + Iso(End, "yyyy") : Iso(Start, "yyyy"),
        DatePrecision.Week => FormattableString.Invariant(
            $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}"),
        _ => throw new InvalidOperationException(),
    };

    public override string ToString() => ToIsoString();

    private static string Iso(DateOnly day, string format) => day.ToString(format, CultureInfo.InvariantCulture);
}
