namespace Enlace.Extraction.Dates;

/// <summary>
/// English dates written on the calendar: "February 7, 2025", "Feb. 7", "7 February 2025", "Friday, March 14",
/// "Friday (February 7)", "the night of January 7", "January 2024", "in March", "early June", "mid-2023", "end of
/// January", "since 2021".
/// A leading "on" or "in" stays outside the span, except before a month alone ("in March"), where the analysts keep it.
/// </summary>
internal sealed class EnglishCalendarDates : IDateReader
{
    public void Read(DateTokens t, List<DateExpression> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.MayOpen(i) && TryRead(t, i) is { } date)
            {
                // "since October" looks back: the last October up to publication, never one still to come.
                var sinceMonth = date is { Month: not null, Day: null, Year: null } && t.Is(date.First, "since");
                found.Add(sinceMonth ? date.ToExpression(t) with { Direction = WeekdayDirection.Before } : date.ToExpression(t));
                i = date.Last;
            }
        }
    }

    private static CalendarParts? TryRead(DateTokens t, int i)
    {
        var afterPrefix = DayPrefixEnd(t, i);
        if (afterPrefix > i)
        {
            var dated = WeekdayDate(t, afterPrefix) ?? DayDate(t, afterPrefix) ?? (t.IsAny(i, "around", "circa") ? TriggeredYear(t, afterPrefix) : null);
            return dated is { } d ? d with { First = i } : null;
        }

        if ((WeekdayDate(t, i) ?? DayDate(t, i) ?? MonthYear(t, i)) is { } date)
        {
            return date;
        }

        // "early June", "mid-2023", "end of January": the qualifier narrows the date and stays in the span.
        var qualified = t.IsAny(i, "early", "late", "mid") ? (t.IsSymbol(i + 1, '-') && t.Touches(i + 1) ? i + 2 : i + 1)
            : t.IsAny(i, "end", "beginning", "start", "middle") && t.Is(i + 1, "of") ? i + 2
            : i;
        if (qualified > i && t.OnLine(qualified))
        {
            var bareYear = t.Year(qualified) > 0 && YearContext.EndsPhrase(t, qualified + 1)
                ? new CalendarParts(qualified, qualified, t.Year(qualified), null, null)
                : (CalendarParts?)null;
            return (MonthYear(t, qualified) ?? BareMonth(t, qualified) ?? bareYear) is { } d ? d with { First = i } : null;
        }

        if (t.IsAny(i, "in", "since", "until", "till", "by", "during", "through", "from") && t.OnLine(i + 1))
        {
            return BareMonth(t, i + 1) is { } month ? month with { First = i } : YearAfterTrigger(t, i);
        }

        return t.IsAny(i, "around", "circa") && TriggeredYear(t, i + 1) is { } year ? year with { First = i } : null;
    }

    // "the night of", "the early hours of", "around": the analysts keep these with the day they qualify.
    private static int DayPrefixEnd(DateTokens t, int i)
    {
        if (t.Is(i, "the") && t.IsAny(i + 1, "night", "morning", "evening", "afternoon") && t.Is(i + 2, "of") && t.OnLine(i + 3))
        {
            return i + 3;
        }

        if (t.Is(i, "the") && t.Is(i + 1, "early") && t.Is(i + 2, "hours") && t.Is(i + 3, "of") && t.OnLine(i + 4))
        {
            return i + 4;
        }

        return t.IsAny(i, "around", "about", "circa") && t.OnLine(i + 1) ? i + 1 : i;
    }

    private static CalendarParts? WeekdayDate(DateTokens t, int i)
    {
        if (!t.TryWeekday(i, out var weekday))
        {
            return null;
        }

        var j = t.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        if (!t.OnLine(j))
        {
            return null;
        }

        if (t.IsSymbol(j, '(') && DayDate(t, j + 1) is { } inner && t.IsSymbol(inner.Last + 1, ')'))
        {
            return inner with { First = i, Last = inner.Last + 1, Weekday = weekday };
        }

        return DayDate(t, j) is { } date ? date with { First = i, Weekday = weekday } : null;
    }

    /// <summary>"March 14", "Feb. 20, 2025", "14 March 2025", "14th of March".</summary>
    private static CalendarParts? DayDate(DateTokens t, int i)
    {
        if (t.TryMonth(i, allowAbbreviation: true, out var month))
        {
            var d = t.MonthEnd(i) + 1;
            var dayEnd = d;
            var day = t.OnLine(d) ? t.DayNumber(d, out dayEnd) : -1;
            return day < 0 || t.IsSymbol(dayEnd + 1, ':') ? null : WithYear(t, i, dayEnd, month, day);
        }

        var number = t.DayNumber(i, out var last);
        if (number < 0)
        {
            return null;
        }

        // "14th of March", and the formula of court orders, "this 3rd day of May, 2024".
        var m = t.Is(last + 1, "of") ? last + 2 : t.Is(last + 1, "day") && t.Is(last + 2, "of") ? last + 3 : last + 1;
        return t.OnLine(m) && t.TryMonth(m, allowAbbreviation: true, out month) ? WithYear(t, i, t.MonthEnd(m), month, number) : null;
    }

    private static CalendarParts WithYear(DateTokens t, int first, int last, int month, int day)
    {
        var y = t.IsSymbol(last + 1, ',') ? last + 2 : last + 1;
        return t.OnLine(y) && YearContext.IsYearAfterMonth(t, y)
            ? new CalendarParts(first, y, t.Year(y), month, day)
            : new CalendarParts(first, last, null, month, day);
    }

    private static CalendarParts? MonthYear(DateTokens t, int i)
    {
        if (!t.TryMonth(i, allowAbbreviation: true, out var month))
        {
            return null;
        }

        var y = t.MonthEnd(i) + 1;
        y = t.IsSymbol(y, ',') ? y + 1 : y;
        return t.OnLine(y) && YearContext.IsYearAfterMonth(t, y) ? new CalendarParts(i, y, t.Year(y), month, null) : null;
    }

    // A month on its own is a date only after a word that makes it one ("in March", "early June"), never "March" alone.
    private static CalendarParts? BareMonth(DateTokens t, int i)
    {
        if (!t.TryMonth(i, allowAbbreviation: false, out var month) || (t.OnLine(i + 1) && (t.IsNumber(i + 1) || t.IsAny(i + 1, "last", "this", "next"))))
        {
            return null;
        }

        return new CalendarParts(i, i, null, month, null);
    }

    private static CalendarParts? TriggeredYear(DateTokens t, int i) =>
        YearContext.IsYear(t, i) ? new CalendarParts(i, i, t.Year(i), null, null) : null;

    // "since 2021", "since at least 2022", "from 2019": the preposition stays in the span; "in 2014" keeps only the year.
    private static CalendarParts? YearAfterTrigger(DateTokens t, int trigger)
    {
        var y = t.Is(trigger, "since") && t.Is(trigger + 1, "at") && t.Is(trigger + 2, "least") ? trigger + 3 : trigger + 1;

        // After "since" a four-digit number is a year whatever follows ("since 2019 supports").
        var year = t.Is(trigger, "since") && t.Year(y) > 0 ? new CalendarParts(y, y, t.Year(y), null, null) : TriggeredYear(t, y);
        if (!t.OnLine(y) || year is null)
        {
            return null;
        }

        return t.Is(trigger, "in") ? year : year.Value with { First = trigger };
    }
}
