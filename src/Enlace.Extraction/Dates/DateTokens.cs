namespace Enlace.Extraction.Dates;

/// <summary>
/// The tokens of one stretch of text with the small questions date readers ask of them. Every lookup is bounds-checked,
/// so a reader can probe ahead and behind without guarding each index.
/// </summary>
internal sealed class DateTokens(string text, CalendarLexicon lexicon)
{
    private readonly List<DateToken> tokens = new(256);

    public string Text => text;

    public int Count => tokens.Count;

    public DateToken this[int i] => tokens[i];

    /// <summary>Where the loaded stretch begins in <see cref="Text"/>.</summary>
    public int Start { get; private set; }

    /// <summary>Where the loaded stretch ends in <see cref="Text"/>.</summary>
    public int End { get; private set; }

    public void Load(int start, int end)
    {
        (Start, End) = (start, end);
        DateTokenizer.Tokenize(text, start, end, lexicon, tokens);
    }

    /// <summary>Whether a date expression of the language can begin at token <paramref name="i"/>: a number or an opening word.</summary>
    public bool MayOpen(int i) => tokens[i].Kind == DateTokenKind.Number || tokens[i].Word.Opens;

    public ReadOnlySpan<char> Word(int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == DateTokenKind.Word ? text.AsSpan(tokens[i].Start, tokens[i].Length) : [];

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        var w = Word(i);
        if (w.IsEmpty)
        {
            return false;
        }

        foreach (var candidate in words)
        {
            if (w.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsSymbol(int i, char symbol) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == DateTokenKind.Symbol && tokens[i].Length == 1 && text[tokens[i].Start] == symbol;

    public bool IsNumber(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == DateTokenKind.Number;

    /// <summary>Whether token <paramref name="i"/> exists and is on the same line as the token before it.</summary>
    public bool OnLine(int i) => i > 0 && i < tokens.Count && !tokens[i].LineBreakBefore;

    /// <summary>Whether token <paramref name="i"/> touches the one before it, with no space between.</summary>
    public bool Touches(int i) => i > 0 && i < tokens.Count && tokens[i].Start == tokens[i - 1].End;

    /// <summary>The value of a stand-alone number of at most <paramref name="maxDigits"/> digits, or -1.</summary>
    /// <remarks>"5,000" and "2.000" are one quantity, not the number 5 or 2, so a digit group glued on either side disqualifies it.</remarks>
    public int Number(int i, int maxDigits)
    {
        if (!IsNumber(i) || tokens[i].Length > maxDigits || IsGluedToDigits(i))
        {
            return -1;
        }

        var value = 0;
        for (var k = tokens[i].Start; k < tokens[i].End; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return value;
    }

    /// <summary>A day of the month, 1 to 31, optionally with an English ordinal suffix ("14th") or a Spanish one ("1.º").</summary>
    public int DayNumber(int i, out int last)
    {
        last = i;
        var day = Number(i, 2);
        if (day is < 1 or > 31)
        {
            return -1;
        }

        if (Touches(i + 1) && IsAny(i + 1, "st", "nd", "rd", "th", "º", "o"))
        {
            last = i + 1;
        }
        else if (Touches(i + 1) && IsSymbol(i + 1, '°'))
        {
            last = i + 1;
        }
        else if (Touches(i + 1) && IsSymbol(i + 1, '.') && Touches(i + 2) && (Is(i + 2, "º") || Is(i + 2, "o")))
        {
            last = i + 2;
        }

        return day;
    }

    /// <summary>A four-digit year from 1800 to 2199, or -1.</summary>
    public int Year(int i)
    {
        var year = tokens.Count > i && i >= 0 && tokens[i].Length == 4 ? Number(i, 4) : -1;
        return year is >= 1800 and < 2200 ? year : -1;
    }

    public bool TryMonth(int i, bool allowAbbreviation, out int month)
    {
        var word = i >= 0 && i < tokens.Count ? tokens[i].Word : DateWord.None;
        month = word.Month;
        return month > 0 && (allowAbbreviation || !word.IsAbbreviation);
    }

    public bool IsAbbreviation(int i) => i >= 0 && i < tokens.Count && tokens[i].Word.IsAbbreviation;

    public bool TryWeekday(int i, out DayOfWeek day)
    {
        var weekday = i >= 0 && i < tokens.Count ? tokens[i].Word.Weekday : 0;
        day = (DayOfWeek)Math.Max(0, weekday - 1);
        return weekday > 0;
    }

    /// <summary>A count written in digits or as a small number word ("two days ago", "hace tres semanas"), or -1.</summary>
    public int Amount(int i) =>
        IsNumber(i) ? Number(i, 3) : i >= 0 && i < tokens.Count && tokens[i].Word.Number > 0 ? tokens[i].Word.Number : -1;

    /// <summary>The end of the last token of a month written as an abbreviation with its optional full stop ("Feb.").</summary>
    public int MonthEnd(int i) =>
        IsAbbreviation(i) && Touches(i + 1) && IsSymbol(i + 1, '.') ? i + 1 : i;

    private bool IsGluedToDigits(int i) =>
        (Touches(i + 1) && (IsSymbol(i + 1, ',') || IsSymbol(i + 1, '.')) && Touches(i + 2) && IsNumber(i + 2))
        || (Touches(i) && (IsSymbol(i - 1, ',') || IsSymbol(i - 1, '.')) && Touches(i - 1) && IsNumber(i - 2));
}
