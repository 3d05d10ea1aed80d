using static Enlace.Extraction.Dates.DateExpressionKind;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Spanish dates relative to publication: "ayer", "ayer viernes", "hoy", "anoche", "esta madrugada", "el sábado",
/// "el pasado martes", "este miércoles", "la semana pasada", "el fin de semana", "el mes pasado", "a principios de este
/// mes", "el año pasado", "en lo que va del año", "enero del año pasado", "octubre pasado", "hace dos días", "ese mismo día".
/// </summary>
internal sealed class SpanishRelativeDates : IDateReader
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
        // "hoy en día" and "hoy día" mean nowadays.
        if (t.IsAny(i, "ayer", "hoy") && !(t.Is(i, "hoy") && (t.Is(i + 1, "día") || (t.Is(i + 1, "en") && t.Is(i + 2, "día")))))
        {
            var offset = t.Is(i, "ayer") ? -1 : 0;
            return t.TryWeekday(i + 1, out var stated) && t.OnLine(i + 1)
                ? RelativeParts.Days(i, i + 1, offset, stated)
                : RelativeParts.Days(i, i, offset);
        }

        if (t.IsAny(i, "anoche", "anteayer", "antier"))
        {
            return RelativeParts.Days(i, i, t.Is(i, "anoche") ? -1 : -2);
        }

        if (t.Is(i, "pasado") && t.Is(i + 1, "mañana"))
        {
            return RelativeParts.Days(i, i + 1, 2);
        }

        if (t.Is(i, "mañana") && !t.IsAny(i - 1, "la", "esta", "de", "por", "cada", "una", "media", "toda", "misma", "en") && !t.IsAny(i + 1, "del", "de"))
        {
            return RelativeParts.Days(i, i, 1);
        }

        if (t.Is(i, "esta") && t.IsAny(i + 1, "madrugada", "mañana", "tarde", "noche"))
        {
            return RelativeParts.Days(i, i + 1, 0);
        }

        if (t.Is(i, "la") && t.IsAny(i + 1, "noche", "tarde", "mañana") && t.Is(i + 2, "del") && t.TryWeekday(i + 3, out _))
        {
            return Weekday(t, i + 3) is { } night ? night with { First = i } : null;
        }

        if (t.IsAny(i, "el", "este", "del"))
        {
            return Article(t, i);
        }

        if (t.Is(i, "la") || t.Is(i, "esta"))
        {
            return Week(t, i);
        }

        if (t.Is(i, "a") && t.IsAny(i + 1, "principios", "finales", "mediados", "comienzos", "fines") && t.IsAny(i + 2, "de", "del"))
        {
            var unit = t.Is(i + 2, "del") ? Article(t, i + 2) : t.Is(i + 3, "este") ? Article(t, i + 3) : null;
            return unit is { Kind: MonthOffset or YearOffset } u ? u with { First = i } : null;
        }

        if (t.Is(i, "en") && t.Is(i + 1, "lo") && t.Is(i + 2, "que") && t.Is(i + 3, "va") && (t.Is(i + 4, "del") || t.Is(i + 4, "de")))
        {
            var last = t.Is(i + 5, "año") ? i + 5 : t.Is(i + 5, "este") && t.Is(i + 6, "año") ? i + 6 : -1;
            return last > 0 ? new RelativeParts(i, last, YearOffset) : null;
        }

        if (t.IsAny(i, "ese", "aquel") && t.Is(i + 1, "mismo") && t.Is(i + 2, "día"))
        {
            return new RelativeParts(i, i + 2, SameDay);
        }

        if (Chained(t, i) is { } chained)
        {
            return chained;
        }

        if (t.Is(i, "hace") && t.Amount(i + 1) is > 0 and var count)
        {
            return Unit(t, i, i + 2, -count);
        }

        return t.TryMonth(i, allowAbbreviation: false, out var month) ? MonthOfRelativeYear(t, i, month) : null;
    }

    // Dates counted from the one written just before: "al día siguiente", "dos días después", "tres días antes", "ese
    // día"; and "en el día de hoy", the officialese for today. "dos días después del allanamiento" counts from an event the
    // text does not date, so a following "de" or "del" rules it out.
    private static RelativeParts? Chained(DateTokens t, int i)
    {
        if (t.IsAny(i, "al", "el") && t.Is(i + 1, "día") && t.Is(i + 2, "siguiente"))
        {
            return new RelativeParts(i, i + 2, DaysFromPrevious, 1);
        }

        if (t.Is(i, "en") && t.Is(i + 1, "el") && t.Is(i + 2, "día") && t.Is(i + 3, "de") && t.Is(i + 4, "hoy"))
        {
            return RelativeParts.Days(i, i + 4, 0);
        }

        if (t.IsAny(i, "ese", "aquel") && t.Is(i + 1, "día") && !t.IsAny(i + 2, "de", "del", "en", "que"))
        {
            return new RelativeParts(i, i + 1, SameDay);
        }

        var count = t.Amount(i);
        if (count <= 0 || !t.IsAny(i + 1, "día", "días"))
        {
            return null;
        }

        var sign = t.Is(i + 2, "después") || (t.Is(i + 2, "más") && t.Is(i + 3, "tarde")) ? 1 : t.Is(i + 2, "antes") ? -1 : 0;
        var last = t.Is(i + 2, "más") ? i + 3 : i + 2;
        return sign != 0 && !t.IsAny(last + 1, "de", "del", "que")
            ? new RelativeParts(i, last, DaysFromPrevious, sign * count)
            : null;
    }

    /// <summary>After "el", "este" or "del": a weekday, "fin de semana", "mes pasado", "año pasado", "mismo día" …</summary>
    private static RelativeParts? Article(DateTokens t, int i)
    {
        var direction = t.IsAny(i + 1, "pasado", "último", "ultimo") ? WeekdayDirection.Before
            : t.IsAny(i + 1, "próximo", "proximo") ? WeekdayDirection.After
            : (WeekdayDirection?)null;
        var head = direction is null ? i + 1 : i + 2;

        if (t.TryWeekday(head, out _))
        {
            // "del sábado" only borrows its article: the span is the weekday.
            var first = t.Is(i, "del") ? head : i;
            return Weekday(t, head, direction) is { } day ? day with { First = first } : null;
        }

        if (t.Is(head, "fin") && t.Is(head + 1, "de") && t.Is(head + 2, "semana"))
        {
            return new RelativeParts(i, head + 2, Weekend);
        }

        if (t.TryMonth(head, allowAbbreviation: false, out var month) && direction is { } monthDirection && !t.IsNumber(head + 1))
        {
            return new RelativeParts(i, head, LastNamedMonth, Month: month, Direction: monthDirection);
        }

        if (t.Is(i, "este"))
        {
            return Unit(t, i, i + 1, 0);
        }

        // "el pasado mes", "el próximo año"; but "el último año" is the twelve months just gone, not a calendar year.
        if (direction is { } d && !t.IsAny(i + 1, "último", "ultimo"))
        {
            return Unit(t, i, head, d == WeekdayDirection.Before ? -1 : 1);
        }

        // "el mes pasado", "el año anterior", "el año próximo".
        var after = t.IsAny(head + 1, "pasado", "anterior") ? -1 : t.IsAny(head + 1, "próximo", "proximo", "entrante") ? 1 : 0;
        return after != 0 && !t.Is(head, "día") && Unit(t, i, head, after) is { } unit ? unit with { Last = head + 1 } : null;
    }

    private static RelativeParts? Weekday(DateTokens t, int i, WeekdayDirection? direction = null)
    {
        t.TryWeekday(i, out var day);
        if (t.IsAny(i + 1, "pasado", "próximo", "proximo") && direction is null)
        {
            var stated = t.Is(i + 1, "pasado") ? WeekdayDirection.Before : WeekdayDirection.After;
            return RelativeParts.Named(i, i + 1, day, stated);
        }

        var dir = direction ?? (FutureTense.Spanish(t, i, i) ? WeekdayDirection.OnOrAfter : WeekdayDirection.OnOrBefore);
        return RelativeParts.Named(i, i, day, dir);
    }

    private static RelativeParts? Week(DateTokens t, int i)
    {
        var before = t.IsAny(i + 1, "pasada", "última", "ultima") ? -1 : t.IsAny(i + 1, "próxima", "proxima") ? 1 : 0;
        var head = before == 0 ? i + 1 : i + 2;
        if (!t.Is(head, "semana") || (t.Is(i, "esta") && before != 0))
        {
            return null;
        }

        if (t.Is(i, "esta"))
        {
            return new RelativeParts(i, head, WeekOffset);
        }

        if (before != 0)
        {
            return new RelativeParts(i, head, WeekOffset, before);
        }

        var after = t.IsAny(head + 1, "pasada", "anterior") ? -1 : t.IsAny(head + 1, "próxima", "proxima", "entrante") ? 1 : 0;
        return after != 0 ? new RelativeParts(i, head + 1, WeekOffset, after) : null;
    }

    // "enero del año pasado", "marzo de este año", "octubre pasado".
    private static RelativeParts? MonthOfRelativeYear(DateTokens t, int i, int month)
    {
        if (t.Is(i + 1, "pasado"))
        {
            return new RelativeParts(i, i + 1, LastNamedMonth, Month: month, Direction: WeekdayDirection.Before);
        }

        if (t.Is(i + 1, "del") && t.Is(i + 2, "año") && t.IsAny(i + 3, "pasado", "anterior"))
        {
            return new RelativeParts(i, i + 3, MonthOfYearOffset, -1, Month: month);
        }

        return t.Is(i + 1, "de") && t.Is(i + 2, "este") && t.Is(i + 3, "año")
            ? new RelativeParts(i, i + 3, MonthOfYearOffset, 0, Month: month)
            : null;
    }

    private static RelativeParts? Unit(DateTokens t, int first, int unit, int offset) => t.Word(unit) switch
    {
        var w when w.Equals("día", StringComparison.OrdinalIgnoreCase) || w.Equals("días", StringComparison.OrdinalIgnoreCase) =>
            RelativeParts.Days(first, unit, offset),
        var w when w.Equals("semana", StringComparison.OrdinalIgnoreCase) || w.Equals("semanas", StringComparison.OrdinalIgnoreCase) =>
            new RelativeParts(first, unit, WeekOffset, offset),
        var w when w.Equals("mes", StringComparison.OrdinalIgnoreCase) || w.Equals("meses", StringComparison.OrdinalIgnoreCase) =>
            new RelativeParts(first, unit, MonthOffset, offset),
        var w when w.Equals("año", StringComparison.OrdinalIgnoreCase) || w.Equals("años", StringComparison.OrdinalIgnoreCase) =>
            new RelativeParts(first, unit, YearOffset, offset),
        _ => null,
    };
}
