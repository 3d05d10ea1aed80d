using System.Globalization;
using Enlace.Core.Statements;
using static Enlace.Extraction.Dates.DateExpressionKind;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Turns date expressions into intervals. Relative ones need the publication date; a day or month written without a
/// year takes the publication year unless that would put it more than about two months after publication (then the
/// year before), or else the inferred year. A weekday that does not match the resolved day keeps the day and warns.
/// </summary>
internal sealed class DateResolver(DateOnly? publishedOn, int? inferredYear)
{
    // How far after publication a yearless date may fall before it is read as last year's ("December 28" in January).
    private const int DaysAheadTolerated = 62;

    // Offsets reach at most 999 units, so a publication inside these years keeps every result on the calendar; one
    // outside them (a caller's DateOnly.MinValue) is no publication date at all.
    private readonly DateOnly? published = publishedOn is { Year: > 1000 and < 9000 } ? publishedOn : null;

    public (DateInterval Interval, string? Warning)? Resolve(DateExpression e, DateInterval? previousDay)
    {
        if (e.IsCalendar)
        {
            return ResolveCalendar(e);
        }

        if (e.Kind == SameDay)
        {
            return previousDay is { } day ? (day, null) : null;
        }

        if (published is not { } pub)
        {
            return null;
        }

        return e.Kind switch
        {
            DayOffset => Checked(pub.AddDays(e.Offset), e.Weekday),
            DateExpressionKind.Weekday when e.Weekday is { } day => (DateInterval.Day(Nearest(pub, day, e.Direction)), null),
            WeekOffset => (DateInterval.WeekOf(pub.AddDays(7 * e.Offset)), null),
            Weekend => (DateInterval.WeekOf(Nearest(pub, DayOfWeek.Saturday, WeekdayDirection.Before)), null),
            MonthOffset => (Month(pub.AddMonths(e.Offset)), null),
            YearOffset => (DateInterval.Year(pub.Year + e.Offset), null),
            MonthOfYearOffset when e.Month is { } m => (DateInterval.Month(pub.Year + e.Offset, m), null),
            LastNamedMonth when e.Month is { } m => (DateInterval.Month(LastNamedMonthYear(pub, m, e.Direction), m), null),
            _ => null,
        };
    }

    private (DateInterval, string?)? ResolveCalendar(DateExpression e)
    {
        if (e.Month is not { } month)
        {
            if (e.Day is { } dayOnly)
            {
                return published is { } pub && DayOfPublicationMonth(pub, dayOnly) is { } d ? Checked(d, e.Weekday) : null;
            }

            return e.Year is { } y ? (DateInterval.Year(y), null) : null;
        }

        if (e.Day is not { } day)
        {
            var year = e.Year ?? YearForMonth(month);
            return year is { } y ? (DateInterval.Month(y, month), null) : null;
        }

        var dayYear = e.Year ?? YearForDay(month, day);
        return dayYear is { } dy && day <= DateTime.DaysInMonth(dy, month) ? Checked(new DateOnly(dy, month, day), e.Weekday) : null;
    }

    private int? YearForDay(int month, int day)
    {
        if (published is not { } pub)
        {
            return inferredYear;
        }

        var sameYear = day <= DateTime.DaysInMonth(pub.Year, month) ? new DateOnly(pub.Year, month, day) : new DateOnly(pub.Year, month, 28);
        return sameYear.DayNumber - pub.DayNumber > DaysAheadTolerated ? pub.Year - 1 : pub.Year;
    }

    private int? YearForMonth(int month) =>
        published is { } pub ? (new DateOnly(pub.Year, month, 1).DayNumber - pub.DayNumber > DaysAheadTolerated ? pub.Year - 1 : pub.Year) : inferredYear;

    // "el jueves 22": the 22nd of the publication month, or of the month before if that is still to come.
    private static DateOnly? DayOfPublicationMonth(DateOnly pub, int day)
    {
        var month = new DateOnly(pub.Year, pub.Month, 1);
        if (day > DateTime.DaysInMonth(month.Year, month.Month) || new DateOnly(month.Year, month.Month, day).DayNumber - pub.DayNumber > 7)
        {
            month = month.AddMonths(-1);
        }

        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new DateOnly(month.Year, month.Month, day) : null;
    }

    private static DateOnly Nearest(DateOnly pub, DayOfWeek day, WeekdayDirection direction)
    {
        var back = ((int)pub.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)pub.DayOfWeek + 7) % 7;
        return direction switch
        {
            WeekdayDirection.Before => pub.AddDays(-(back == 0 ? 7 : back)),
            WeekdayDirection.OnOrAfter => pub.AddDays(ahead),
            WeekdayDirection.After => pub.AddDays(ahead == 0 ? 7 : ahead),
            _ => pub.AddDays(-back),
        };
    }

    private static int LastNamedMonthYear(DateOnly pub, int month, WeekdayDirection direction) =>
        direction is WeekdayDirection.After or WeekdayDirection.OnOrAfter
            ? (month > pub.Month ? pub.Year : pub.Year + 1)
            : (month < pub.Month ? pub.Year : pub.Year - 1);

    private static DateInterval Month(DateOnly day) => DateInterval.Month(day.Year, day.Month);

    private static (DateInterval, string?) Checked(DateOnly day, DayOfWeek? stated) =>
        (DateInterval.Day(day), stated is { } s && s != day.DayOfWeek ? WeekdayMismatch(day, s) : null);

    public static string WeekdayMismatch(DateOnly day, DayOfWeek stated) => string.Format(
        CultureInfo.InvariantCulture, "{0} is a {1}, not a {2}", day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), day.DayOfWeek, stated);
}
