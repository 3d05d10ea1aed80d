using Enlace.Core.Statements;

namespace Enlace.Extraction.Dates;

/// <summary>A date expression as read, before it is resolved against the publication date.</summary>
/// <param name="Offset">Days, weeks, months or years from publication, by <see cref="Kind"/>; negative is earlier.</param>
/// <param name="Weekday">The weekday the text states, checked against the resolved day.</param>
/// <param name="Order">For a numeric date both of whose orders are valid ("04/06/2024"), which order the fields were read in.</param>
/// <param name="From">For a range ("del 7 al 9 de julio"), its first end; this expression's own fields are the second.</param>
internal sealed record DateExpression(
    TextSpan Span,
    DateExpressionKind Kind,
    int? Year = null,
    int? Month = null,
    int? Day = null,
    DayOfWeek? Weekday = null,
    int Offset = 0,
    WeekdayDirection Direction = WeekdayDirection.OnOrBefore,
    DateExpression? From = null,
    NumericOrder Order = NumericOrder.Fixed)
{
    public bool IsCalendar => Kind == DateExpressionKind.Calendar;

    /// <summary>A calendar date written without its year ("February 7", "viernes 14 de marzo", "in March").</summary>
    public bool LacksYear => Kind == DateExpressionKind.Calendar && Year is null;

    public static DateExpression Calendar(int start, int end, int? year, int? month, int? day, DayOfWeek? weekday = null) =>
        new(new TextSpan(start, end), DateExpressionKind.Calendar, year, month, day, weekday);
}
