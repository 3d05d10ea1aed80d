using Enlace.Core.Documents;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Runs the date readers of a language over a document sentence by sentence and keeps one reading where they overlap.
/// A text of unknown language is read with both lexicons, its numeric dates day first as most of the world writes them.
/// </summary>
internal static class DateScanner
{
    // Sentences longer than this are read in pieces cut at white space, so a megabyte-long line costs no more memory
    // than a paragraph; a date is a few words long and is lost only if a cut falls inside it.
    private const int PieceLength = 4096;

    private static readonly (CalendarLexicon, IDateReader[])[] English =
        [(CalendarLexicon.English, [new EnglishCalendarDates(), new EnglishRelativeDates(), new NumericDates(monthFirst: true), new DateRanges(spanish: false)])];

    private static readonly (CalendarLexicon, IDateReader[])[] Spanish =
        [(CalendarLexicon.Spanish, [new SpanishCalendarDates(), new SpanishRelativeDates(), new NumericDates(monthFirst: false), new DateRanges(spanish: true)])];

    private static readonly (CalendarLexicon, IDateReader[])[] Either =
        [(CalendarLexicon.English, [new EnglishCalendarDates(), new EnglishRelativeDates(), new DateRanges(spanish: false)]), .. Spanish];

    public static List<DateExpression> Scan(string text, string language, IReadOnlyList<TextSpan> sentences)
    {
        var all = new List<DateExpression>();
        foreach (var (lexicon, readers) in ReadersFor(language))
        {
            var tokens = new DateTokens(text, lexicon);
            foreach (var sentence in sentences)
            {
                var start = Math.Clamp(sentence.Start, 0, text.Length);
                var end = Math.Clamp(sentence.End, start, text.Length);
                for (var piece = start; piece < end;)
                {
                    var pieceEnd = PieceEnd(text, piece, end);
                    tokens.Load(piece, pieceEnd);
                    foreach (var reader in readers)
                    {
                        reader.Read(tokens, all);
                    }

                    piece = pieceEnd;
                }
            }
        }

        return WithoutOverlaps(all);
    }

    // "en", "EN", "en-GB" read as English; "es", "es-PE" as Spanish; anything else with both.
    private static (CalendarLexicon, IDateReader[])[] ReadersFor(string language) =>
        language.StartsWith(LanguageCode.English, StringComparison.OrdinalIgnoreCase) ? English
        : language.StartsWith(LanguageCode.Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish
        : Either;

    private static int PieceEnd(string text, int start, int end)
    {
        if (end - start <= PieceLength)
        {
            return end;
        }

        var cut = start + PieceLength;
        var limit = Math.Max(start + (PieceLength / 2), start + 1);
        while (cut > limit && !char.IsWhiteSpace(text[cut - 1]))
        {
            cut--;
        }

        return cut;
    }

    // Readers may claim the same words ("el jueves" inside "el jueves 22", "on Friday" inside "on Friday, March 14"):
    // the calendar reading wins, since it says more and needs no publication date; between two of a kind, the longer.
    private static List<DateExpression> WithoutOverlaps(List<DateExpression> all)
    {
        all.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));

        var kept = new List<DateExpression>(all.Count);
        foreach (var e in all)
        {
            if (kept.Count > 0 && kept[^1].Span.End > e.Span.Start)
            {
                if (Beats(e, kept[^1]))
                {
                    kept[^1] = e;
                }

                continue;
            }

            kept.Add(e);
        }

        return kept;
    }

    private static bool Beats(DateExpression challenger, DateExpression holder) =>
        challenger.IsCalendar != holder.IsCalendar ? challenger.IsCalendar : challenger.Span.Length > holder.Span.Length;
}
