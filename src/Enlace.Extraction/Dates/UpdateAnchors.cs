using System.Text.RegularExpressions;

namespace Enlace.Extraction.Dates;

/// <summary>
/// The stamps of a story updated in place ("UPDATED 09:40 GMT, June 2, 2024", "ACTUALIZACIÓN 1 – 14/09/2024, 18:05"):
/// what follows a stamp was written on that day, so "this Monday" under it counts from the stamp, not from the first
/// dateline.
/// </summary>
internal static partial class UpdateAnchors
{
    private const int PrefixReach = 60;

    /// <summary>The calendar dates that open an update line, in document order.</summary>
    public static List<DateExpression> Find(string text, IReadOnlyList<DateExpression> expressions)
    {
        var stamps = new List<DateExpression>();
        foreach (var e in expressions)
        {
            if (e is { IsCalendar: true, Month: not null, Day: not null, From: null } && Stamp().IsMatch(LinePrefix(text, e.Span.Start)))
            {
                stamps.Add(e);
            }
        }

        return stamps;
    }

    private static ReadOnlySpan<char> LinePrefix(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < PrefixReach && text[from - 1] is not ('\n' or '\r'))
        {
            from--;
        }

        return from > 0 && text[from - 1] is not ('\n' or '\r') ? "\u0000" : text.AsSpan(from, start - from);
    }

    // The update word opens the line; a number, a time, a time zone and punctuation may stand before the date.
    [GeneratedRegex(@"^\s*(?:updated?|actualizaci[oó]n|actualizado|actualizada)\b[\s\p{P}\p{Pd}0-9:.]*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}\s*)?[,\-–—:]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
