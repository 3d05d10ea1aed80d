namespace Enlace.Extraction.Dates;

/// <summary>The calendar fields one reader step recognised, between its first and last token.</summary>
internal readonly record struct CalendarParts(int First, int Last, int? Year, int? Month, int? Day, DayOfWeek? Weekday = null)
{
    public DateExpression ToExpression(DateTokens t) =>
        DateExpression.Calendar(t[First].Start, t[Last].End, Year, Month, Day, Weekday);
}
