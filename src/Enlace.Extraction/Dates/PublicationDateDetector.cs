using System.Text.RegularExpressions;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Finds the date a document gives itself: a dateline near the top ("11:35 | Lima, Feb. 10.", "LIMA, March 17, 2025 —",
/// "Lima, 17 de marzo de 2025.–", "Bogotá, 24 oct (EFE).") and a footer: a labelled date anywhere ("Published: 2/10/2025",
/// "Publicado: 17/03/2025", "Date: 17 March 2025") or a date alone on a line at the very end ("February 12, 2025 6:45 PM").
/// A footer with a full date wins over a dateline without a year.
/// </summary>
internal static partial class PublicationDateDetector
{
    // Datelines open the report; past this point a "City, date" line is part of the story.
    private const int DatelineReach = 3000;

    // An unlabelled date line counts as a footer only this close to the end.
    private const int FooterReach = 600;
    private const int PrefixReach = 120;

    public static Publication Detect(string text, IReadOnlyList<DateExpression> dates)
    {
        DateExpression? dateline = null, label = null, footer = null;
        foreach (var e in dates)
        {
            if (e is not { IsCalendar: true, Month: not null, Day: not null })
            {
                continue;
            }

            var prefix = LinePrefix(text, e.Span.Start);
            if (label is null && e.Year is not null && Label().IsMatch(prefix))
            {
                label = e;
            }
            else if (dateline is null && e.Span.Start < DatelineReach && DatelinePrefix().IsMatch(prefix) && EndsDateline(text, e))
            {
                dateline = e;
            }
            else if (e.Year is not null && e.Span.Start >= text.Length - FooterReach && prefix.IsWhiteSpace() && TimeToEndOfLine().IsMatch(RestOfLine(text, e)))
            {
                footer = e;
            }
        }

        label ??= footer;
        var date = Full(label) ?? Full(dateline) ?? SameDayWithYear(dateline, dates);
        return new Publication(date, dateline, label);
    }

    private static DateOnly? Full(DateExpression? e) =>
        e is { Year: { } y, Month: { } m, Day: { } d } && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    // A dateline without a year ("LIMA, Feb 12 (Reuters)") takes it from the same day written in full elsewhere.
    private static DateOnly? SameDayWithYear(DateExpression? dateline, IReadOnlyList<DateExpression> dates) =>
        dateline is { Year: null, Month: { } m, Day: { } d }
            ? dates.Where(e => e.IsCalendar && e.Month == m && e.Day == d && e.Year is not null).Select(Full).FirstOrDefault(f => f is not null)
            : null;

    private static ReadOnlySpan<char> LinePrefix(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < PrefixReach && text[from - 1] is not ('\n' or '\r'))
        {
            from--;
        }

        return from > 0 && text[from - 1] is not ('\n' or '\r') ? "\u0000" : text.AsSpan(from, start - from);
    }

    private static ReadOnlySpan<char> RestOfLine(string text, DateExpression e)
    {
        var end = e.Span.End;
        while (end < text.Length && end - e.Span.End < PrefixReach && text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return text.AsSpan(e.Span.End, end - e.Span.End);
    }

    // What may follow a dateline on its line: nothing, a full stop, a dash, an agency in brackets, a bar.
    private static bool EndsDateline(string text, DateExpression e)
    {
        var i = e.Span.End;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] is '\n' or '\r')
        {
            return true;
        }

        return text[i] is '.' or '—' or '–' or '-' or '(' or '|' or ',' && (e.Year is not null || text[i] != ',');
    }

    [GeneratedRegex(@"(?:^|[\s|])(?:published|publicado|publicada|date|fecha|updated|actualizado|posted|publicaci[oó]n|emisi[oó]n|emitido|broadcast|aired|air\s+date)(?:\s+(?:on|el|del|de))?\s*:?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // Optional time ("11:35 |"), optional section ("Judicial |"), then up to three place names each closed by a comma.
    [GeneratedRegex(@"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[|\-–—]\s*)?(?:[^|\n]{1,40}\|\s*)?(?:\p{Lu}[\p{L}\p{M}.'’()\- ]{0,40},\s*){0,3}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    // "6:45 PM UTC", "| 18:45", "- 11:35 a.m." or nothing at all.
    [GeneratedRegex(@"^\s*(?:[,|–—\-]?\s*[0-9]{1,2}[:.][0-9]{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,5})?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeToEndOfLine();
}
