using static Enlace.Extraction.Dates.DateExpressionKind;

namespace Enlace.Extraction.Dates;

/// <summary>
/// English dates relative to publication: "yesterday", "the early hours of today", "on Saturday", "last Friday",
/// "later on Tuesday", "last week", "earlier this week", "over the weekend", "earlier this month", "last October",
/// "so far this year", "the previous year", "two days ago", "on the same day".
/// </summary>
internal sealed class EnglishRelativeDates : IDateReader
{
    public void Read(DateTokens t, List<DateExpression> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.MayOpen(i) && TryRead(t, i) is { } date)
            {
                found.Add(date.ToExpression(t));
                i = date.Last;
            }
        }
    }

    private static RelativeParts? TryRead(DateTokens t, int i)
    {
        if (t.IsAny(i, "yesterday", "today", "tonight", "tomorrow"))
        {
            return RelativeParts.Days(i, i, t.Is(i, "yesterday") ? -1 : t.Is(i, "tomorrow") ? 1 : 0);
        }

        if (t.IsAny(i, "earlier", "later", "early", "late") && t.IsAny(i + 1, "today", "tonight"))
        {
            return RelativeParts.Days(i, i + 1, 0);
        }

        if (t.Is(i, "the") && t.Is(i + 1, "day") && t.Is(i + 2, "before") && t.Is(i + 3, "yesterday"))
        {
            return RelativeParts.Days(i, i + 3, -2);
        }

        if (t.Is(i, "the") && t.Is(i + 1, "early") && t.Is(i + 2, "hours") && t.Is(i + 3, "of"))
        {
            return TryRead(t, i + 4) is { Kind: DayOffset or DateExpressionKind.Weekday } day ? day with { First = i } : null;
        }

        if (t.IsAny(i, "earlier", "later") && t.IsAny(i + 1, "this", "on"))
        {
            return TryRead(t, i + 1) is { } inner ? inner with { First = i } : null;
        }

        return t.Word(i) switch
        {
            var w when w.Equals("last", StringComparison.OrdinalIgnoreCase) => Last(t, i),
            var w when w.Equals("this", StringComparison.OrdinalIgnoreCase) => This(t, i),
            var w when w.Equals("next", StringComparison.OrdinalIgnoreCase) => Next(t, i),
            var w when w.Equals("on", StringComparison.OrdinalIgnoreCase) => On(t, i),
            _ => Other(t, i),
        };
    }

    private static RelativeParts? Last(DateTokens t, int i)
    {
        if (t.Is(i + 1, "night"))
        {
            return RelativeParts.Days(i, i + 1, -1);
        }

        if (t.TryWeekday(i + 1, out var day))
        {
            return WithPartOfDay(t, RelativeParts.Named(i, i + 1, day, WeekdayDirection.Before));
        }

        if (t.TryMonth(i + 1, allowAbbreviation: false, out var month))
        {
            return new RelativeParts(i, i + 1, LastNamedMonth, Month: month, Direction: WeekdayDirection.Before);
        }

        return Unit(t, i, i + 1, -1);
    }

    private static RelativeParts? This(DateTokens t, int i)
    {
        if (t.IsAny(i + 1, "morning", "afternoon", "evening"))
        {
            return RelativeParts.Days(i, i + 1, 0);
        }

        if (t.Is(i + 1, "past") && t.TryWeekday(i + 2, out var past))
        {
            return RelativeParts.Named(i, i + 2, past, WeekdayDirection.Before);
        }

        if (t.Is(i + 1, "past") && t.Is(i + 2, "weekend"))
        {
            return new RelativeParts(i, i + 2, Weekend);
        }

        if (t.TryWeekday(i + 1, out var day))
        {
            var future = FutureTense.English(t, i, i + 1);
            return WithPartOfDay(t, RelativeParts.Named(i, i + 1, day, future ? WeekdayDirection.OnOrAfter : WeekdayDirection.OnOrBefore));
        }

        if (t.TryMonth(i + 1, allowAbbreviation: false, out var month) && !t.IsNumber(i + 2))
        {
            return new RelativeParts(i, i + 1, MonthOfYearOffset, Month: month);
        }

        return Unit(t, i, i + 1, 0);
    }

    private static RelativeParts? Next(DateTokens t, int i)
    {
        if (t.TryWeekday(i + 1, out var day))
        {
            return WithPartOfDay(t, RelativeParts.Named(i, i + 1, day, WeekdayDirection.After));
        }

        return t.TryMonth(i + 1, allowAbbreviation: false, out var month)
            ? new RelativeParts(i, i + 1, LastNamedMonth, Month: month, Direction: WeekdayDirection.After)
            : Unit(t, i, i + 1, 1);
    }

    private static RelativeParts? On(DateTokens t, int i)
    {
        if (t.Is(i + 1, "the") && t.Is(i + 2, "same") && t.Is(i + 3, "day"))
        {
            return new RelativeParts(i, i + 3, SameDay);
        }

        return t.TryWeekday(i + 1, out _) ? BareWeekday(t, i + 1) is { } day ? day with { First = i } : null : null;
    }

    private static RelativeParts? Other(DateTokens t, int i)
    {
        if (t.TryWeekday(i, out _))
        {
            return t.IsAny(i - 1, "every", "each", "good", "black", "holy", "cyber", "easter", "super") ? null : BareWeekday(t, i);
        }

        // "the same day" alone often means the day of something undated ("the evening of the operation"); "on the same
        // day" and "that same day" point back at the last date given.
        if (t.Is(i, "that") && t.Is(i + 1, "same") && t.Is(i + 2, "day"))
        {
            return new RelativeParts(i, i + 2, SameDay);
        }

        if (t.Is(i, "the") && t.IsAny(i + 1, "previous", "prior") && !t.IsAny(i + 2, "day", "days"))
        {
            return Unit(t, i, i + 2, -1);
        }

        if (t.Is(i, "so") && t.Is(i + 1, "far") && t.Is(i + 2, "this") && t.Is(i + 3, "year"))
        {
            return new RelativeParts(i, i + 3, YearOffset);
        }

        if (t.Is(i, "over") && t.Is(i + 1, "the") && t.Is(i + 2, "weekend"))
        {
            return new RelativeParts(i, i + 2, Weekend);
        }

        if (t.Is(i, "the") && t.IsAny(i + 1, "following", "next") && t.Is(i + 2, "day"))
        {
            return new RelativeParts(i, i + 2, DaysFromPrevious, 1);
        }

        var count = t.Amount(i);

        // "two days later", "a day earlier": counted from the date just written; "two days before the raid" counts
        // from an undated event and "two days earlier than planned" from a plan, so a word after rules them out.
        if (count > 0 && t.IsAny(i + 1, "day", "days") && t.IsAny(i + 2, "later", "earlier", "after", "before")
            && !(t.OnLine(i + 3) && t.Word(i + 3).Length > 0 && !t.IsAny(i + 3, "and", "but", "when", "on", "in", "at")))
        {
            var sign = t.IsAny(i + 2, "later", "after") ? 1 : -1;
            return new RelativeParts(i, i + 2, DaysFromPrevious, sign * count);
        }

        if (count > 0 && t.Is(i + 2, "ago"))
        {
            return Unit(t, i, i + 1, -count) is { } ago ? ago with { Last = i + 2 } : null;
        }

        return null;
    }

    private static RelativeParts? BareWeekday(DateTokens t, int i)
    {
        t.TryWeekday(i, out var day);
        var future = FutureTense.English(t, i, i);
        return WithPartOfDay(t, RelativeParts.Named(i, i, day, future ? WeekdayDirection.OnOrAfter : WeekdayDirection.OnOrBefore));
    }

    private static RelativeParts WithPartOfDay(DateTokens t, RelativeParts day) =>
        t.IsAny(day.Last + 1, "morning", "afternoon", "evening", "night") ? day with { Last = day.Last + 1 } : day;

    /// <summary>"week", "weekend", "month", "year" (or "days", "weeks" … after a count) at <paramref name="unit"/>.</summary>
    private static RelativeParts? Unit(DateTokens t, int first, int unit, int offset) => t.Word(unit) switch
    {
        var w when w.Equals("day", StringComparison.OrdinalIgnoreCase) || w.Equals("days", StringComparison.OrdinalIgnoreCase) =>
            RelativeParts.Days(first, unit, offset),
        var w when w.Equals("week", StringComparison.OrdinalIgnoreCase) || w.Equals("weeks", StringComparison.OrdinalIgnoreCase) =>
            new RelativeParts(first, unit, WeekOffset, offset),
        var w when w.Equals("weekend", StringComparison.OrdinalIgnoreCase) => new RelativeParts(first, unit, Weekend),
        var w when w.Equals("month", StringComparison.OrdinalIgnoreCase) || w.Equals("months", StringComparison.OrdinalIgnoreCase) =>
            new RelativeParts(first, unit, MonthOffset, offset),
        var w when w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("years", StringComparison.OrdinalIgnoreCase) =>
            new RelativeParts(first, unit, YearOffset, offset),
        _ => null,
    };
}
