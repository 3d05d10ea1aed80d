namespace Enlace.Extraction.Numbers;

/// <summary>
/// Tells the numbers that count something from those that only look like it: years, days of the month, clock times,
/// phone numbers, percentages, ordinals, references ("Law 30077", "MS-13", "H2"), list numbering and ages.
/// </summary>
internal static class NumberExclusions
{
    public static bool IsExcluded(TokenStream tokens, NumberMatch number, Func<TokenStream, int, bool> countsSomething) =>
        CalendarNumbers.IsYear(tokens, number, countsSomething)
        || CalendarNumbers.IsDayOfMonth(tokens, number)
        || CalendarNumbers.IsClockTime(tokens, number)
        || IsPercentage(tokens, number)
        || IsAge(tokens, number)
        || IsRatioOrAgo(tokens, number)
        || !number.IsWords && (ReferenceNumbers.IsFusedToLetters(tokens, number) || ReferenceNumbers.IsPhoneNumber(tokens, number) || ReferenceNumbers.IsListNumber(tokens, number))
        || ReferenceNumbers.IsReference(tokens, number);

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
        if ((tokens.IsSymbol(before, '-') || tokens.IsSymbol(before, '–') || tokens.Is(before, "to") || tokens.Is(before, "y")) && tokens.IsNumber(before - 1))
        {
            // The upper end of "aged 18-25", "de 14 y 17 años".
            before -= 2;
        }

        if (tokens.Is(before, "de") || tokens.Is(before, "of"))
        {
            before--;
        }

        if (tokens.Is(before, "as") && (tokens.Is(before - 1, "young") || tokens.Is(before - 1, "old")) && tokens.Is(before - 2, "as"))
        {
            // "victims as young as 15".
            return true;
        }

        if (tokens.IsAny(before, NumberContextWords.AgeMarkers))
        {
            return years || tokens.Is(before, "aged") || tokens.Is(before, "age") || tokens.Is(before, "edad");
        }

        // "José García, 34, was arrested", "Carlos M., 41, was sentenced" and "Juan Pérez, de 34 años,".
        var name = number.First - 2;
        if (tokens.IsSymbol(name, '.') && tokens.IsCapitalized(name - 1) && tokens.Span(name - 1).Length == 1)
        {
            name--;
        }

        var apposition = tokens.IsSymbol(number.First - 1, ',') && tokens.IsCapitalized(name) && tokens.IsSymbol(after, ',');
        var spanishAge = tokens.Is(number.First - 1, "de") && tokens.IsSymbol(number.First - 2, ',') && years
            && (tokens.IsSymbol(after + 1, ',') || tokens.IsSymbol(after + 1, '.'));
        return apposition || spanishAge;
    }

    // "tres de cada diez", "one in five", "hace 3 años", "two years ago".
    // "a four-bedroom flat", "a two-story building": the number describes a thing, it counts nothing.
    private static bool IsShapeAdjective(TokenStream tokens, NumberMatch number) =>
        number.AttachedNoun is { } noun && NumberContextWords.ShapeWords.Contains(tokens.Text.AsSpan(noun.Start, noun.Length));

    private static bool IsRatioOrAgo(TokenStream tokens, NumberMatch number)
    {
        var after = number.Last + 1;
        var before = number.First - 1;
        var ratio = (tokens.Is(after, "de") || tokens.Is(after, "of") || tokens.Is(after, "in")) && (tokens.Is(after + 1, "cada") || tokens.Is(after + 1, "every"))
            || tokens.Is(after, "out") && tokens.Is(after + 1, "of")
            || tokens.Is(before, "cada") || tokens.Is(before, "every") || tokens.Is(before, "of") && tokens.Is(before - 1, "out");
        var ago = tokens.Is(before, "hace") || tokens.IsWord(after) && tokens.Is(after + 1, "ago");

        // "two days later", "tres días después": a date counted from another, not a count of days.
        var chained = tokens.IsAny(after, NumberContextWords.ChainedUnits)
            && (tokens.IsAny(after + 1, NumberContextWords.ChainedDirections) || tokens.Is(after + 1, "más") && tokens.Is(after + 2, "tarde"));

        // "95 degrees", "40 grados": weather, not a count.
        var weather = tokens.IsAny(after, NumberContextWords.WeatherWords);
        return ratio || ago || chained || weather || IsShapeAdjective(tokens, number);
    }
}
