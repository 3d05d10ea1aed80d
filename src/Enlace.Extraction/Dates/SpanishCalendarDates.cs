namespace Enlace.Extraction.Dates;

/// <summary>
/// Spanish dates written on the calendar: "7 de febrero de 2025", "el viernes 14 de marzo", "jueves 22", "24 oct",
/// "enero de 2024", "en marzo", "a finales de 2023", "desde 2021", "la noche del 7 de enero". The article before a day
/// ("el 7 de febrero") and "en" before a year stay outside the span, as in the analysts' gold.
/// </summary>
internal sealed class SpanishCalendarDates : IDateReader
{
    public void Read(DateTokens t, List<DateExpression> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.MayOpen(i) && TryRead(t, i) is { } date)
            {
                // "since October" looks back: the last October up to publication, never one still to come.
                var sinceMonth = date is { Month: not null, Day: null, Year: null } && t.Is(date.First, "desde");
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
            return (WeekdayDate(t, afterPrefix) ?? DayDate(t, afterPrefix)) is { } d ? d with { First = i } : null;
        }

        if ((WeekdayDate(t, i) ?? DayDate(t, i) ?? MonthYear(t, i)) is { } date)
        {
            return date;
        }

        var qualified = QualifierEnd(t, i);
        if (qualified > i)
        {
            return (MonthYear(t, qualified) ?? BareMonth(t, qualified) ?? Year(t, qualified)) is { } d ? d with { First = i } : null;
        }

        if (t.IsAny(i, "en", "desde", "hasta", "durante") && t.OnLine(i + 1) && BareMonth(t, i + 1) is { } month)
        {
            return month with { First = i };
        }

        return YearAfterTrigger(t, i);
    }

    private static int DayPrefixEnd(DateTokens t, int i)
    {
        if (t.Is(i, "la") && t.IsAny(i + 1, "noche", "mañana", "tarde") && t.IsAny(i + 2, "del", "de") && t.OnLine(i + 3))
        {
            return i + 3;
        }

        return t.Is(i, "alrededor") && t.Is(i + 1, "del") && t.OnLine(i + 2) ? i + 2 : i;
    }

    // "a principios de", "a finales de", "a mediados de": kept in the span, since they narrow the date.
    private static int QualifierEnd(DateTokens t, int i) =>
        t.Is(i, "a") && t.IsAny(i + 1, "principios", "finales", "mediados", "comienzos", "fines") && t.IsAny(i + 2, "de", "del") && t.OnLine(i + 3)
            ? i + 3
            : i;

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

        if (DayDate(t, j) is { } date)
        {
            return date with { First = i, Weekday = weekday };
        }

        // "el jueves 22": the month is the publication's.
        var day = t.DayNumber(j, out var last);
        return day > 0 && YearContext.EndsPhrase(t, last + 1) && !t.IsSymbol(last + 1, '%')
            ? new CalendarParts(i, last, null, null, day, weekday)
            : null;
    }

    /// <summary>"14 de marzo", "15 de marzo de 2025", "1.º de mayo", "primero de mayo", "24 oct".</summary>
    private static CalendarParts? DayDate(DateTokens t, int i)
    {
        var last = i;
        var day = t.Is(i, "primero") ? 1 : t.DayNumber(i, out last);
        if (day < 0)
        {
            return null;
        }

        var m = t.Is(last + 1, "de") ? last + 2 : last + 1;
        if (!t.OnLine(m) || !t.TryMonth(m, allowAbbreviation: true, out var month))
        {
            return null;
        }

        var end = t.MonthEnd(m);
        return YearOf(t, end + 1) is { } year
            ? new CalendarParts(i, year.Last, year.Value, month, day)
            : new CalendarParts(i, end, null, month, day);
    }

    /// <summary>"de 2025", "del 2025" or a bare "2025" right after a month: there a four-digit number is a year whatever follows.</summary>
    private static (int Value, int Last)? YearOf(DateTokens t, int i)
    {
        var y = t.IsAny(i, "de", "del") ? i + 1 : t.IsSymbol(i, ',') ? i + 1 : i;
        return t.OnLine(y) && YearContext.IsYearAfterMonth(t, y) ? (t.Year(y), y) : null;
    }

    private static CalendarParts? MonthYear(DateTokens t, int i) =>
        t.TryMonth(i, allowAbbreviation: false, out var month) && YearOf(t, i + 1) is { } year
            ? new CalendarParts(i, year.Last, year.Value, month, null)
            : null;

    // A month alone is a date after "en", "desde", "hasta", "durante" or a qualifier; "enero del año pasado" and
    // "octubre pasado" are left to the relative reader.
    private static CalendarParts? BareMonth(DateTokens t, int i)
    {
        if (!t.TryMonth(i, allowAbbreviation: false, out var month) || YearOf(t, i + 1) is not null
            || (t.OnLine(i + 1) && (t.IsNumber(i + 1) || t.IsAny(i + 1, "pasado", "próximo", "proximo")
                || (t.IsAny(i + 1, "de", "del") && t.IsAny(i + 2, "este", "año", "ese", "aquel")))))
        {
            return null;
        }

        return new CalendarParts(i, i, null, month, null);
    }

    private static CalendarParts? Year(DateTokens t, int i) =>
        YearContext.IsYear(t, i) ? new CalendarParts(i, i, t.Year(i), null, null) : null;

    // "desde 2021", "desde el 2021", "a partir de 2018", "en lo que va de 2025" keep their words; "en 1989", "en el
    // 2024", "de 2024", "empezó el 2024" and "el año 2023" keep only the year.
    private static CalendarParts? YearAfterTrigger(DateTokens t, int i)
    {
        int y;
        if (t.Is(i, "desde") && t.Is(i + 1, "al") && t.Is(i + 2, "menos"))
        {
            y = i + 3;
        }
        else if (t.Is(i, "a") && t.Is(i + 1, "partir") && t.Is(i + 2, "de"))
        {
            y = i + 3;
        }
        else if (t.Is(i, "en") && t.Is(i + 1, "lo") && t.Is(i + 2, "que") && t.Is(i + 3, "va") && t.Is(i + 4, "de"))
        {
            y = i + 5;
        }
        else if (t.IsAny(i, "desde", "hasta", "durante", "en", "año", "el")
            || (t.IsAny(i, "de", "del") && !t.IsAny(i - 1, "más", "menos", "cerca", "casi", "unos", "unas", "total")))
        {
            // "desde el 2021", "en el 2024": the article is part of the expression.
            y = t.Is(i + 1, "el") && !t.Is(i, "del") ? i + 2 : i + 1;
        }
        else
        {
            return null;
        }

        // After "desde" or "a partir de" a four-digit number is a year whatever follows ("desde 2016 acompaña").
        var strong = t.Is(i, "desde") || (t.Is(i, "a") && t.Is(i + 1, "partir"));
        if (!t.OnLine(y) || (strong ? (t.Year(y) > 0 ? new CalendarParts(y, y, t.Year(y), null, null) : null) : Year(t, y)) is not { } year)
        {
            return null;
        }

        var bare = t.IsAny(i, "en", "de", "del", "año", "el") && !t.Is(i + 1, "lo");
        return bare ? year : year with { First = i };
    }
}
