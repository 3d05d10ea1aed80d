using Enlace.Core.Documents;

namespace Enlace.Extraction.Dates;

/// <summary>The order a numeric date was read in, when both orders give a real date ("04/06/2024").</summary>
internal enum NumericOrder : byte
{
    /// <summary>Only one order gives a date, or the date is not numeric.</summary>
    Fixed,
    MonthFirst,
    DayFirst,
}

/// <summary>
/// Decides, document by document, which way its ambiguous numeric dates read. The language gives the default (month first
/// in English, day first in Spanish); the document overrules it when it shows its own habit: numeric dates that read only
/// one way ("17/06/2024", "6/17/2024"), dotted dates ("4.6.2024", always day first) and, in English, the order of its
/// written dates ("3 June" against "June 3").
/// </summary>
internal static class NumericOrders
{
    public static List<DateExpression> Settle(string text, string language, List<DateExpression> expressions)
    {
        var (dayFirst, monthFirst, ambiguous) = (0, 0, 0);
        var english = language.StartsWith(LanguageCode.English, StringComparison.OrdinalIgnoreCase);
        foreach (var e in expressions)
        {
            if (e.Order != NumericOrder.Fixed)
            {
                ambiguous++;
                continue;
            }

            if (e is not { IsCalendar: true, Month: not null, Day: not null, Year: not null } && !english)
            {
                continue;
            }

            switch (Written(text, e))
            {
                case NumericOrder.DayFirst:
                    dayFirst += IsNumeric(text, e) ? 3 : english ? 1 : 0;
                    break;
                case NumericOrder.MonthFirst:
                    monthFirst += IsNumeric(text, e) ? 3 : english ? 1 : 0;
                    break;
            }
        }

        if (ambiguous == 0 || dayFirst == monthFirst)
        {
            return expressions;
        }

        var wanted = dayFirst > monthFirst ? NumericOrder.DayFirst : NumericOrder.MonthFirst;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is { Order: not NumericOrder.Fixed } e && e.Order != wanted)
            {
                expressions[i] = e with { Month = e.Day, Day = e.Month, Order = wanted };
            }
        }

        return expressions;
    }

    private static bool IsNumeric(string text, DateExpression e)
    {
        var span = text.AsSpan(e.Span.Start, e.Span.Length);
        return span.Length > 0 && char.IsAsciiDigit(span[0]) && char.IsAsciiDigit(span[^1]) && span.IndexOfAny('/', '.', '-') > 0;
    }

    // Which order a date with a day and a month shows: a numeric one by a field over 12 or by dots, a written one by
    // whether its first number comes before the month name or after it.
    private static NumericOrder Written(string text, DateExpression e)
    {
        if (e is not { IsCalendar: true, Month: { } month, Day: { } day } || e.From is not null)
        {
            return NumericOrder.Fixed;
        }

        var span = text.AsSpan(e.Span.Start, e.Span.Length);
        if (IsNumeric(text, e))
        {
            if (span.Length >= 10 && span[4] == '-')
            {
                return NumericOrder.Fixed;
            }

            return span.Contains('.') || (day > 12 && char.IsAsciiDigit(span[1]) && ReadFirst(span) == day) ? NumericOrder.DayFirst
                : day > 12 ? NumericOrder.MonthFirst
                : NumericOrder.Fixed;
        }

        var digit = span.IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return NumericOrder.Fixed;
        }

        var after = digit;
        while (after < span.Length && char.IsAsciiDigit(span[after]))
        {
            after++;
        }

        var before = span[..digit].TrimEnd();
        if (before.Length > 0 && char.IsLetter(before[^1]) && month > 0 && !before.EndsWith("del", StringComparison.OrdinalIgnoreCase)
            && !before.EndsWith("el", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("the", StringComparison.OrdinalIgnoreCase)
            && !before.EndsWith("of", StringComparison.OrdinalIgnoreCase) && !IsWeekdayEnd(before))
        {
            return NumericOrder.MonthFirst;
        }

        return after < span.Length ? NumericOrder.DayFirst : NumericOrder.Fixed;
    }

    private static int ReadFirst(ReadOnlySpan<char> span)
    {
        var value = 0;
        for (var i = 0; i < span.Length && char.IsAsciiDigit(span[i]); i++)
        {
            value = (value * 10) + (span[i] - '0');
        }

        return value;
    }

    // "Friday 7 February", "viernes 7 de febrero": a weekday before the number says nothing of the order.
    private static bool IsWeekdayEnd(ReadOnlySpan<char> before) =>
        before.EndsWith("day", StringComparison.OrdinalIgnoreCase) || before.EndsWith("day,", StringComparison.OrdinalIgnoreCase)
        || before.EndsWith("es", StringComparison.OrdinalIgnoreCase) || before.EndsWith("go", StringComparison.OrdinalIgnoreCase)
        || before.EndsWith("do", StringComparison.OrdinalIgnoreCase);
}
