namespace Enlace.Extraction.Numbers;

/// <summary>Numbers that name rather than count: codes fused to letters, phone numbers, list numbering, references.</summary>
internal static class ReferenceNumbers
{
    // "H2", "COVID19", "MS-13", "22nd", "1º".
    public static bool IsFusedToLetters(TokenStream tokens, NumberMatch number)
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
    public static bool IsPhoneNumber(TokenStream tokens, NumberMatch number)
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
    public static bool IsListNumber(TokenStream tokens, NumberMatch number) =>
        number.First == number.Last && number.Value < 100 && tokens.StartsLine(number.First)
        && (tokens.IsSymbol(number.Last + 1, '.') || tokens.IsSymbol(number.Last + 1, ')'))
        && tokens.Touch(number.Last, number.Last + 1) && !tokens.Touch(number.Last + 1, number.Last + 2);

    public static bool IsReference(TokenStream tokens, NumberMatch number)
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
