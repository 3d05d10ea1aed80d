namespace Enlace.Extraction.Numbers;

/// <summary>
/// Tells the numbers that count something from those that only look like it: years, days of the month, clock times,
/// phone numbers, percentages, ordinals, references ("Law 30077", "MS-13", "H2"), list numbering and ages.
/// </summary>
internal static class NumberExclusions
{
    public static bool IsExcluded(TokenStream tokens, NumberMatch number, Func<TokenStream, int, bool> countsSomething) =>
        IsYear(tokens, number, countsSomething)
        || IsDayOfMonth(tokens, number)
        || IsClockTime(tokens, number)
        || IsPercentage(tokens, number)
        || IsAge(tokens, number)
        || IsRatioOrAgo(tokens, number)
        || !number.IsWords && (IsFusedToLetters(tokens, number) || IsPhoneNumber(tokens, number) || IsListNumber(tokens, number))
        || IsReference(tokens, number);

    // "2014", "in 2024 police rescued …"; but "2000 kilos" counts something.
    private static bool IsYear(TokenStream tokens, NumberMatch number, Func<TokenStream, int, bool> countsSomething) =>
        !number.IsWords && number.First == number.Last && tokens[number.First].Length == 4
        && number.Value is >= 1800 and <= 2199
        && (tokens.IsAny(number.First - 1, YearPrepositions) || tokens.IsAny(number.First - 1, CalendarWords.Months)
            || !countsSomething(tokens, number.Last + 1));

    private static readonly FoldedSet YearPrepositions = new(
        "in en since desde de del of year año during durante until hasta before after antes después by from to a around " +
        "circa late early mid finales principios mediados fines inicios");

    private static bool IsDayOfMonth(TokenStream tokens, NumberMatch number)
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

    private static bool IsClockTime(TokenStream tokens, NumberMatch number)
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

    private static bool IsPercentage(TokenStream tokens, NumberMatch number)
    {
        var after = number.Last + 1;
        var percentWord = tokens.Is(number.First, "ciento") || tokens.Is(number.First, "cien") || tokens.Is(number.First, "cent");
        // "30 por ciento", but not "custodiado por ciento veintitrés funcionarios".
        if (percentWord && number.First == number.Last && (tokens.Is(number.First - 1, "por") || tokens.Is(number.First - 1, "per")))
        {
            return true;
        }

        return tokens.IsSymbol(after, '%')
            || tokens.IsAny(after, NumberContextWords.PercentWords)
            || (tokens.Is(after, "per") || tokens.Is(after, "por")) && (tokens.Is(after + 1, "cent") || tokens.Is(after + 1, "ciento") || tokens.Is(after + 1, "cien"));
    }

    private static bool IsAge(TokenStream tokens, NumberMatch number)
    {
        if (number.AttachedNoun is { } noun && FoldedComparer.EndsWith(tokens.Text.AsSpan(noun.Start, noun.Length), "old"))
        {
            return true;
        }

        var after = number.Last + 1;
        var years = tokens.Is(after, "años") || tokens.Is(after, "years") || tokens.Is(after, "year");
        if (years && (tokens.Is(after + 1, "old") || tokens.Is(after + 1, "de") && tokens.Is(after + 2, "edad")))
        {
            return true;
        }

        var before = number.First - 1;
        if (tokens.Is(before, "de") || tokens.Is(before, "of"))
        {
            before--;
        }

        if (tokens.IsAny(before, NumberContextWords.AgeMarkers))
        {
            return years || tokens.Is(number.First - 1, "aged") || tokens.Is(number.First - 1, "edad");
        }

        // "José García, 34, was arrested" and "Juan Pérez, de 34 años,".
        var apposition = tokens.IsSymbol(number.First - 1, ',') && tokens.IsCapitalized(number.First - 2) && tokens.IsSymbol(after, ',');
        var spanishAge = tokens.Is(number.First - 1, "de") && tokens.IsSymbol(number.First - 2, ',') && years
            && (tokens.IsSymbol(after + 1, ',') || tokens.IsSymbol(after + 1, '.'));
        return apposition || spanishAge;
    }

    // "tres de cada diez", "one in five", "hace 3 años", "two years ago".
    private static bool IsRatioOrAgo(TokenStream tokens, NumberMatch number)
    {
        var after = number.Last + 1;
        var before = number.First - 1;
        var ratio = (tokens.Is(after, "de") || tokens.Is(after, "of") || tokens.Is(after, "in")) && (tokens.Is(after + 1, "cada") || tokens.Is(after + 1, "every"))
            || tokens.Is(after, "out") && tokens.Is(after + 1, "of")
            || tokens.Is(before, "cada") || tokens.Is(before, "every") || tokens.Is(before, "of") && tokens.Is(before - 1, "out");
        var ago = tokens.Is(before, "hace") || tokens.IsWord(after) && tokens.Is(after + 1, "ago");
        return ratio || ago;
    }

    // "H2", "COVID19", "MS-13", "22nd", "1º".
    private static bool IsFusedToLetters(TokenStream tokens, NumberMatch number)
    {
        var first = number.First;
        if (tokens.IsWord(first - 1) && tokens.Touch(first - 1, first))
        {
            return true;
        }

        if ((tokens.IsSymbol(first - 1, '-') || tokens.IsSymbol(first - 1, '_')) && tokens.Touch(first - 1, first)
            && tokens.IsWord(first - 2) && tokens.Touch(first - 2, first - 1))
        {
            return true;
        }

        var after = number.Last + 1;
        return tokens.Touch(number.Last, after)
            && (tokens.IsAny(after, NumberContextWords.OrdinalSuffixes) || tokens.IsSymbol(after, 'º') || tokens.IsSymbol(after, 'ª') || tokens.IsSymbol(after, '°'));
    }

    // "+51 1 555 1234", "600 000 000", "311-7000".
    private static bool IsPhoneNumber(TokenStream tokens, NumberMatch number)
    {
        var first = number.First;
        if (tokens.IsSymbol(first - 1, '+') && tokens.Touch(first - 1, first))
        {
            return true;
        }

        var groups = 1 + ChainLength(tokens, first, -1) + ChainLength(tokens, number.Last, +1);
        if (groups >= 3)
        {
            return true;
        }

        var digits = tokens[number.First].Length;
        if (tokens.IsSymbol(number.Last + 1, '-') && tokens.IsNumber(number.Last + 2) && tokens.Touch(number.Last, number.Last + 1))
        {
            return digits + tokens[number.Last + 2].Length >= 7;
        }

        return tokens.IsSymbol(first - 1, '-') && tokens.IsNumber(first - 2) && tokens.Touch(first - 1, first)
            && digits + tokens[first - 2].Length >= 7;
    }

    // Digit groups on the same line separated only by spaces.
    private static int ChainLength(TokenStream tokens, int from, int step)
    {
        var length = 0;
        var i = from;
        while (length < 3 && tokens.IsNumber(i + step) && !tokens.LineBreakBetween(Math.Min(i, i + step), Math.Max(i, i + step)))
        {
            length++;
            i += step;
        }

        return length;
    }

    // "1." or "2)" opening a line.
    private static bool IsListNumber(TokenStream tokens, NumberMatch number) =>
        number.First == number.Last && number.Value < 100 && tokens.StartsLine(number.First)
        && (tokens.IsSymbol(number.Last + 1, '.') || tokens.IsSymbol(number.Last + 1, ')'))
        && tokens.Touch(number.Last, number.Last + 1) && !tokens.Touch(number.Last + 1, number.Last + 2);

    private static bool IsReference(TokenStream tokens, NumberMatch number)
    {
        var before = number.First - 1;
        if (tokens.IsSymbol(before, '#') || tokens.IsSymbol(before, '°') || tokens.IsSymbol(before, 'º') || tokens.IsSymbol(before, '№'))
        {
            return true;
        }

        if (tokens.IsSymbol(before, '.') && (tokens.Is(before - 1, "no") || tokens.Is(before - 1, "n")))
        {
            return true;
        }

        if (tokens.IsSymbol(before, '.'))
        {
            before--;
        }

        return tokens.IsAny(before, NumberContextWords.References) || IsNamedThing(tokens, number);
    }

    // "Trump 2.0’s", "Boeing 737.": a name in mid-sentence right before a number that no word follows.
    private static bool IsNamedThing(TokenStream tokens, NumberMatch number)
    {
        var before = number.First - 1;
        if (number.IsWords || !tokens.IsCapitalized(before) || tokens.IsWord(number.Last + 1))
        {
            return false;
        }

        if (number.Fractional)
        {
            // A version, not an amount: "Trump 2.0", "Web 3.0".
            return true;
        }

        var start = tokens.IsWord(before - 1) || tokens.IsSymbol(before - 1, ',') || tokens.IsSymbol(before - 1, '(');
        return start && !tokens.StartsLine(before) && tokens.Span(before).Length > 3;
    }
}
