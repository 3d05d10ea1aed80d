namespace Enlace.Extraction.Dates;

/// <summary>
/// Joins two dates the text gives as the ends of one span into a single interval: "entre el 2 y el 4 de abril", "del 7
/// al 9 de julio", "entre febrero y abril de 2023", "between July 8 and 11", "from May 2021 through June 2024",
/// "April 3, 2022, through May 9, 2023". It runs after the calendar readers of its sentence and works on what
/// they found: the second end must be a date they read; the first may be one too, or only a day number or a month name
/// that borrows the rest from the second. A bare first end needs an opening word ("entre", "del", "between", "from").
/// </summary>
internal sealed class DateRanges(bool spanish) : IDateReader
{
    // Words that may stand between the opening word and the first end, or between the joining word and the second:
    // articles and the hedges of court documents ("from in or around May 2021").
    // What may follow the bare day that closes "between July 8 and 11": a preposition or a conjunction, never a noun
    // ("between July 8 and 11 people were held").
    private static readonly string[] Followers =
        ["and", "or", "but", "in", "at", "on", "to", "for", "by", "from", "with", "against", "across", "near", "when", "while", "as",
         "after", "before", "during", "under", "that", "which", "the", "a", "an", "of", "inclusive"];

    private static readonly string[] Fillers = ["el", "the", "in", "or", "around", "about", "approximately"];

    public void Read(DateTokens t, List<DateExpression> found)
    {
        if (t.Count < 3)
        {
            return;
        }

        if (!spanish)
        {
            Spans(t, found);
        }

        var first = found.Count;
        while (first > 0 && found[first - 1].Span.Start >= t.Start && found[first - 1].Span.Start < t.End)
        {
            first--;
        }

        // Only this sentence's dates are looked at: a handful, so a linear look-up per joining word costs nothing.
        var pieceEnd = found.Count;
        if (pieceEnd == first)
        {
            return;
        }

        for (var c = 1; c < t.Count - 1; c++)
        {
            if (!IsJoiner(t, c))
            {
                continue;
            }

            var rightStart = SkipFillers(t, c + 1);
            var right = Starting(found, first, pieceEnd, t, rightStart);
            if (right is not null && (right is not { IsCalendar: true, From: null } || (right.Month is null && right.Year is null)))
            {
                continue;
            }

            var leftEnd = t.IsSymbol(c - 1, ',') ? c - 2 : c - 1;
            if (right is null && BareSecondDay(t, found, first, pieceEnd, leftEnd, rightStart) is { } shared)
            {
                right = shared;
            }

            if (right is null)
            {
                continue;
            }

            var left = Ending(found, first, pieceEnd, t, leftEnd, out var leftFirst);
            var bareLeft = left is null;
            if (left is not null)
            {
                if (!left.IsCalendar || left.From is not null || !SameGrain(left, right))
                {
                    continue;
                }
            }
            else if (right.Month is null || BareEnd(t, leftEnd, right, out leftFirst) is not { } bare)
            {
                continue;
            }
            else
            {
                left = bare;
            }

            var opener = Opener(t, leftFirst);
            if (!Fits(t, opener, c, bareLeft))
            {
                continue;
            }

            var start = opener >= 0 ? t[opener].Start : left.Span.Start;
            found.Add(right with { Span = new(start, right.Span.End), From = left });
        }
    }

    // "between July 8 and 11": the second end is a bare day that takes its month and year from the first.
    private static DateExpression? BareSecondDay(DateTokens t, List<DateExpression> found, int from, int to, int leftEnd, int dayToken)
    {
        if (Ending(found, from, to, t, leftEnd, out _) is not { IsCalendar: true, Month: not null, Day: not null, From: null } left
            || t.DayNumber(dayToken, out var last) is var day && day < 0 || day <= left.Day
            || (t.OnLine(last + 1) && t.Word(last + 1).Length > 0 && !t.IsAny(last + 1, Followers)))
        {
            return null;
        }

        return DateExpression.Calendar(t[dayToken].Start, t[last].End, left.Year, left.Month, day);
    }

    // Spans named in one phrase: "fiscal year 2023" (the US federal year, October to September), "the 1980s", "this
    // summer", "the spring of last year", "summer 2022" (northern seasons by whole months).
    private static void Spans(DateTokens t, List<DateExpression> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.IsAny(i, "fiscal", "FY"))
            {
                var y = t.Is(i, "fiscal") && t.Is(i + 1, "year") ? i + 2 : t.Is(i, "FY") ? i + 1 : -1;
                var year = y > 0 && t.OnLine(y) ? t.Year(y) : -1;
                if (year > 0)
                {
                    found.Add(DateExpression.Calendar(t[i].Start, t[y].End, year, 9, 30) with
                    {
                        From = DateExpression.Calendar(t[i].Start, t[y].End, year - 1, 10, 1),
                    });
                    i = y;
                }

                continue;
            }

            var decade = t.Year(i);
            if (decade > 0 && decade % 10 == 0 && t.Touches(i + 1) && t.Is(i + 1, "s"))
            {
                var start = t.Is(i - 1, "the") ? i - 1 : i;
                found.Add(DateExpression.Calendar(t[start].Start, t[i + 1].End, decade + 9, null, null) with
                {
                    From = DateExpression.Calendar(t[start].Start, t[i + 1].End, decade, null, null),
                });
                i++;
                continue;
            }

            if (Season(t, i) is { } season)
            {
                found.Add(season.Expression);
                i = season.Last;
            }
        }
    }

    private static (DateExpression Expression, int Last)? Season(DateTokens t, int i)
    {
        var head = t.IsAny(i, "this", "the") ? i + 1 : i;
        var (first, lastMonth) = t.Word(head) switch
        {
            var w when w.Equals("spring", StringComparison.OrdinalIgnoreCase) => (3, 5),
            var w when w.Equals("summer", StringComparison.OrdinalIgnoreCase) => (6, 8),
            var w when w.Equals("autumn", StringComparison.OrdinalIgnoreCase) || w.Equals("fall", StringComparison.OrdinalIgnoreCase) => (9, 11),
            _ => (0, 0),
        };
        if (first == 0 || (t.Is(i, "the") && !t.Is(head + 1, "of")))
        {
            return null;
        }

        var of = t.Is(head + 1, "of") ? head + 2 : head + 1;
        if (t.OnLine(of) && t.Year(of) > 0)
        {
            var year = t.Year(of);
            return (DateExpression.Calendar(t[i].Start, t[of].End, year, lastMonth, null) with
            {
                From = DateExpression.Calendar(t[i].Start, t[of].End, year, first, null),
            }, of);
        }

        var (offset, last) = t.Is(i, "this") ? (0, head)
            : t.Is(of, "last") && t.Is(of + 1, "year") ? (-1, of + 1)
            : t.Is(of, "this") && t.Is(of + 1, "year") ? (0, of + 1)
            : (1, -1);
        if (last < 0)
        {
            return null;
        }

        var span = new Enlace.Core.Statements.TextSpan(t[i].Start, t[last].End);
        return (new DateExpression(span, DateExpressionKind.MonthOfYearOffset, Month: lastMonth, Offset: offset)
        {
            From = new DateExpression(span, DateExpressionKind.MonthOfYearOffset, Month: first, Offset: offset),
        }, last);
    }

    // Both ends name a day, or both a month, or both a year only.
    private static bool SameGrain(DateExpression left, DateExpression right) =>
        right.Day is not null ? left.Day is not null
        : right.Month is not null ? left.Day is null && left.Month is not null
        : left.Day is null && left.Month is null && left.Year is not null;

    private bool IsJoiner(DateTokens t, int c) =>
        spanish ? t.IsAny(c, "y", "al", "a", "hasta") : t.IsAny(c, "and", "to", "through", "until", "till", "thru");

    private static int SkipFillers(DateTokens t, int i)
    {
        for (var k = 0; k < 3 && t.OnLine(i) && t.IsAny(i, Fillers); k++)
        {
            i++;
        }

        return i;
    }

    // The opening word before the first end, over at most three fillers: its index, or -1.
    private int Opener(DateTokens t, int leftFirst)
    {
        var i = leftFirst - 1;
        for (var k = 0; k < 3 && i >= 0 && t.IsAny(i, Fillers); k++)
        {
            i--;
        }

        return i >= 0 && (spanish ? t.IsAny(i, "entre", "del", "de", "desde") : t.IsAny(i, "between", "from")) ? i : -1;
    }

    // "entre … y", "del … al", "desde … hasta", "between … and", "from … to/through/until"; with no opening word, only
    // "through" or "hasta" join two full dates, and never a bare day or month.
    private bool Fits(DateTokens t, int opener, int c, bool bareLeft)
    {
        if (opener < 0)
        {
            return !bareLeft && (spanish ? t.Is(c, "hasta") : t.IsAny(c, "through", "thru", "until"));
        }

        return spanish
            ? (t.Is(opener, "entre") ? t.Is(c, "y") : t.Is(opener, "desde") ? t.IsAny(c, "hasta", "al", "a") : t.IsAny(c, "al", "a"))
            : t.Is(opener, "between") ? t.Is(c, "and") : !t.Is(c, "and");
    }

    // A day number ("entre el 2 y el 4 de abril", "del lunes 7 al jueves 10 de julio") before a right end with a day,
    // or a month name ("entre febrero y abril de 2023") before a right end without one.
    private static DateExpression? BareEnd(DateTokens t, int i, DateExpression right, out int first)
    {
        first = i;
        if (right.Day is not null)
        {
            var dayIndex = t.IsAny(i, "st", "nd", "rd", "th") && t.Touches(i) ? i - 1 : i;
            var day = t.DayNumber(dayIndex, out _);
            if (day < 0)
            {
                return null;
            }

            first = dayIndex;
            DayOfWeek? weekday = t.TryWeekday(dayIndex - 1, out var w) ? w : null;
            if (weekday is not null)
            {
                first = dayIndex - 1;
            }

            return DateExpression.Calendar(t[first].Start, t[i].End, null, null, day, weekday);
        }

        return t.TryMonth(i, allowAbbreviation: false, out var month)
            ? DateExpression.Calendar(t[i].Start, t[i].End, null, month, null)
            : null;
    }

    private static DateExpression? Starting(List<DateExpression> found, int from, int to, DateTokens t, int token)
    {
        if (token >= t.Count || !t.OnLine(token))
        {
            return null;
        }

        for (var k = from; k < to; k++)
        {
            if (found[k].Span.Start == t[token].Start)
            {
                return found[k];
            }
        }

        return null;
    }

    private static DateExpression? Ending(List<DateExpression> found, int from, int to, DateTokens t, int token, out int firstToken)
    {
        firstToken = -1;
        if (token < 0)
        {
            return null;
        }

        for (var k = from; k < to; k++)
        {
            if (found[k].Span.End == t[token].End)
            {
                var e = found[k];
                firstToken = token;
                while (firstToken > 0 && t[firstToken].Start > e.Span.Start)
                {
                    firstToken--;
                }

                return e;
            }
        }

        return null;
    }
}
