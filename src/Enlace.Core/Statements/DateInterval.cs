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

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;

    /// <summary>The contract's text form: "2025-02-07", "2025-W06", "2025-01" or "2025".</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Week => FormattableString.Invariant(
            $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}"),
        _ => throw new InvalidOperationException(),
    };

    public override string ToString() => ToIsoString();
}
