namespace Enlace.Extraction.Dates;

/// <summary>A relative expression one reader step recognised, between its first and last token.</summary>
internal readonly record struct RelativeParts(
    int First,
    int Last,
    DateExpressionKind Kind,
    int Offset = 0,
    DayOfWeek? Weekday = null,
    WeekdayDirection Direction = WeekdayDirection.OnOrBefore,
    int? Month = null)
{
    public DateExpression ToExpression(DateTokens t) =>
        new(new(t[First].Start, t[Last].End), Kind, Month: Month, Weekday: Weekday, Offset: Offset, Direction: Direction);

    public static RelativeParts Days(int first, int last, int offset, DayOfWeek? weekday = null) =>
        new(first, last, DateExpressionKind.DayOffset, offset, weekday);

    public static RelativeParts Named(int first, int last, DayOfWeek weekday, WeekdayDirection direction) =>
        new(first, last, DateExpressionKind.Weekday, Weekday: weekday, Direction: direction);
}
