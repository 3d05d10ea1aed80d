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

    public (DateInterval Interval, string? Warning)? Resolve(DateExpression e, DateInterval? previousDay) => Resolve(e, previousDay, previousDay);

    /// <param name="previousDay">The day "the same day" points back at.</param>
    /// <param name="lastDay">The last day (or span of days) written before the expression, which "al día siguiente" counts from.</param>
    public (DateInterval Interval, string? Warning)? Resolve(DateExpression e, DateInterval? previousDay, DateInterval? lastDay)
    {
        if (e.IsCalendar)
        {
            return e.From is { } opening ? ResolveRange(opening, e) : ResolveCalendar(e);
        }

        // "this summer": both ends counted the same way.
        if (e.From is { } start)
        {
            return Resolve(start, previousDay, lastDay) is var (a, _) && Resolve(e with { From = null }, previousDay, lastDay) is var (b, w) && a.Start <= b.Start
                ? (DateInterval.Range(a, b), w)
                : null;
        }

        if (e.Kind == SameDay)
        {
            return previousDay is { } day ? (day, null) : null;
        }

        // Counted from the end of a span when going forward ("entre el 3 y el 5 … al día siguiente"), from its start going back.
        if (e.Kind == DaysFromPrevious)
        {
            return lastDay is { } last && e.Offset is > -1000 and < 1000 && last.Start.Year is > 1000 and < 9000
                ? Checked(e.Offset >= 0 ? last.End.AddDays(e.Offset) : last.Start.AddDays(e.Offset), e.Weekday)
                : null;
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

    // The second end is read first; the first borrows the year and month it leaves out ("del 7 al 9 de julio",
    // "entre febrero y abril de 2023"), a year earlier when its month comes later ("de noviembre a febrero de 2022").
    private (DateInterval, string?)? ResolveRange(DateExpression opening, DateExpression to)
    {
        if (ResolveCalendar(to with { From = null }) is not var (end, warning))
        {
            return null;
        }

        var month = opening.Month ?? (opening.Day is not null ? end.Start.Month : null);
        var year = opening.Year ?? (month is { } m && m > end.Start.Month ? end.Start.Year - 1 : end.Start.Year);
        if (ResolveCalendar(opening with { Year = year, Month = month }) is not var (start, _) || start.Start > end.Start)
        {
            return null;
        }

        return (DateInterval.Range(start, end), warning);
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
            var year = e.Year ?? (e.Direction == WeekdayDirection.Before && published is { } p ? (month <= p.Month ? p.Year : p.Year - 1) : YearForMonth(month));
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
