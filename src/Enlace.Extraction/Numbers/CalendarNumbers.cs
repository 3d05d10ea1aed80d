namespace Enlace.Extraction.Numbers;

/// <summary>Numbers that belong to a date or a time: years, days of the month, clock hours.</summary>
internal static class CalendarNumbers
{
    // "2014", "in 2024 police rescued …"; but "2000 kilos" counts something.
    public static bool IsYear(TokenStream tokens, NumberMatch number, Func<TokenStream, int, bool> countsSomething) =>
        !number.IsWords && number.First == number.Last && tokens[number.First].Length == 4
        && number.Value is >= 1800 and <= 2199
        && (tokens.IsAny(number.First - 1, YearPrepositions) || tokens.IsAny(number.First - 1, CalendarWords.Months)
            || !countsSomething(tokens, number.Last + 1));

    private static readonly FoldedSet YearPrepositions = new(
        "in en since desde de del of year año during durante until hasta before after antes después by from to a around " +
        "circa late early mid finales principios mediados fines inicios");

    public static bool IsDayOfMonth(TokenStream tokens, NumberMatch number)
    {
        if (number.Value is < 1 or > 31 || number.Value != decimal.Truncate(number.Value))
        {
            return false;
        }

        // "February 7", "Feb. 20", "jueves 22"; not "on Tuesday, 17 people".
        var before = number.First - 1;
        if (tokens.IsAny(before, CalendarWords.Weekdays)
            || tokens.IsAny(before, CalendarWords.Months)
            || tokens.IsSymbol(before, '.') && tokens.IsAny(before - 1, CalendarWords.Months))
        {
            return true;
        }

        var after = number.Last + 1;

        // "14 y 15 de marzo", "March 14-15": the first day of a range.
        if ((tokens.IsAny(after, RangeJoiners) || tokens.IsSymbol(after, '-') || tokens.IsSymbol(after, '–')) && tokens.IsNumber(after + 1))
        {
            after += 2;
        }

        if (tokens.Is(after, "de") || tokens.Is(after, "of"))
        {
            after++;
        }

        return tokens.IsAny(after, CalendarWords.Months);
    }

    private static readonly FoldedSet RangeJoiners = new("y and al a to");

    private static readonly FoldedSet HourPrepositions = new("a desde hasta entre sobre pasadas");

    public static bool IsClockTime(TokenStream tokens, NumberMatch number)
    {
        var after = number.Last + 1;
        // "a las 10", "desde las 6 horas"; not "las 23 víctimas".
        if (tokens.Is(number.First - 1, "las") && number.Value <= 24
            && (tokens.IsAny(number.First - 2, HourPrepositions) || tokens.Is(after, "horas") || tokens.Is(after, "h")))
        {
            return true;
        }

        return tokens.IsAny(after, NumberContextWords.ClockWords)
            || (tokens.Is(after, "a") || tokens.Is(after, "p")) && tokens.IsSymbol(after + 1, '.') && tokens.Is(after + 2, "m");
    }
}
