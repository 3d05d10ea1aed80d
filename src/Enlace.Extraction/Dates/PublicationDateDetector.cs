using System.Text.RegularExpressions;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Finds the date a document gives itself: a dateline near the top ("11:35 | Lima, Feb. 10.", "LIMA, March 17, 2025 —",
/// "Lima, 17 de marzo de 2025.–", "Bogotá, 24 oct (EFE).") or a label anywhere ("Published: 2/10/2025", "Publicado:
/// 17/03/2025", "Date: 17 March 2025"). A label with a full date wins over a dateline without a year.
/// </summary>
internal static partial class PublicationDateDetector
{
    // Datelines open the report; past this point a "City, date" line is part of the story.
    private const int DatelineReach = 3000;
    private const int PrefixReach = 120;

    public static Publication Detect(string text, IReadOnlyList<DateExpression> dates)
    {
        DateExpression? dateline = null, label = null;
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
        }

        var date = Full(label) ?? Full(dateline);
        return new Publication(date, dateline, label);
    }

    private static DateOnly? Full(DateExpression? e) =>
        e is { Year: { } y, Month: { } m, Day: { } d } && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static ReadOnlySpan<char> LinePrefix(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < PrefixReach && text[from - 1] is not ('\n' or '\r'))
        {
            from--;
        }

        return from > 0 && text[from - 1] is not ('\n' or '\r') ? "\u0000" : text.AsSpan(from, start - from);
    }

    // What may follow a dateline on its line: nothing, a full stop, a dash, an agency in brackets, a time.
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

    [GeneratedRegex(@"(?:^|[\s|])(?:published|publicado|publicada|date|fecha|updated|actualizado|posted|publicaci[oó]n)(?:\s+(?:on|el))?\s*:?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // Optional time ("11:35 |"), optional section ("Judicial |"), then up to three place names each closed by a comma.
    [GeneratedRegex(@"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[|\-–—]\s*)?(?:[^|\n]{1,40}\|\s*)?(?:\p{Lu}[\p{L}\p{M}.'’\- ]{0,40},\s*){0,3}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();
}
