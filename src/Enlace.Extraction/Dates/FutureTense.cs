namespace Enlace.Extraction.Dates;

/// <summary>
/// Whether the clause around a date speaks of what will happen ("will appear in court on Monday", "comparecerán el
/// lunes"), which sends "this Friday" and a bare weekday forward instead of back. Only the clause counts: in "arrested on
/// Friday, they will appear" the Friday is past.
/// </summary>
internal static class FutureTense
{
    private const int Reach = 12;

    public static bool English(DateTokens t, int first, int last)
    {
        var (from, to) = Clause(t, first, last);
        for (var i = from; i <= to; i++)
        {
            if (t.IsAny(i, "will", "shall") || (t.Is(i, "ll") && t.Touches(i))
                || (t.IsAny(i, "is", "are") && t.IsAny(i + 1, "due", "scheduled", "expected", "set", "slated", "going")))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Spanish(DateTokens t, int first, int last)
    {
        var (from, to) = Clause(t, first, last);
        for (var i = from; i <= to; i++)
        {
            var w = t.Word(i);
            if (w.Length > 3 && (w.EndsWith("rá", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rán", StringComparison.OrdinalIgnoreCase)
                || w.EndsWith("rás", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (t.IsAny(i, "va", "van") && t.Is(i + 1, "a"))
            {
                return true;
            }
        }

        return false;
    }

    private static (int From, int To) Clause(DateTokens t, int first, int last)
    {
        var from = first;
        while (from > 0 && first - from < Reach && !IsBoundary(t, from - 1))
        {
            from--;
        }

        var to = Extend(t, last);

        // A date fronted on its own ("This Friday, the court will decide") takes its tense from the clause after it.
        if (!HasWord(t, from, first - 1) && !HasWord(t, last + 1, to) && to + 1 < t.Count)
        {
            to = Extend(t, to + 1);
        }

        return (from, to);
    }

    private static int Extend(DateTokens t, int last)
    {
        var to = last;
        while (to < t.Count - 1 && to - last < Reach && !IsBoundary(t, to + 1))
        {
            to++;
        }

        return to;
    }

    private static bool HasWord(DateTokens t, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (t[i].Kind == DateTokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBoundary(DateTokens t, int i) =>
        t[i].Kind == DateTokenKind.Symbol && t.Text[t[i].Start] is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '«' or '»' or '—' or '–';
}
