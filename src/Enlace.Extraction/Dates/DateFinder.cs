using Enlace.Core.Documents;
using Enlace.Core.Statements;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Finds the dates of a report: absolute ("February 7, 2025", "7 de febrero"), relative to publication ("last week",
/// "ayer"), and the publication date itself from a dateline or footer when the caller does not know it; infers the year
/// when nothing else gives it, and warns where a stated weekday or the document's own relative dates disagree.
/// </summary>
public static class DateFinder
{
    // Sentences longer than this are read in pieces cut at white space, so a megabyte-long line costs no more memory
    // than a paragraph; a date is a few words long and is lost only if a cut falls inside it.
    private const int PieceLength = 4096;

    private static readonly IDateReader[] English = [new EnglishCalendarDates(), new EnglishRelativeDates(), new NumericDates(monthFirst: true)];
    private static readonly IDateReader[] Spanish = [new SpanishCalendarDates(), new SpanishRelativeDates(), new NumericDates(monthFirst: false)];

    public static DateFindings Find(string text, string language, DateOnly? published, IReadOnlyList<TextSpan> sentences) =>
        Find(text, language, published, sentences, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <param name="today">The day the document is read, which no inferred year may pass.</param>
    public static DateFindings Find(string text, string language, DateOnly? published, IReadOnlyList<TextSpan> sentences, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return DateFindings.None with { Published = published };
        }

        sentences = sentences.Count > 0 ? sentences : SentenceSplitter.Split(text);
        var expressions = Read(text, language, sentences);
        var publication = PublicationDateDetector.Detect(text, expressions);
        var pub = published ?? publication.Date;
        var inferredYear = pub is null ? YearInference.Infer(expressions, today) : null;

        var resolver = new DateResolver(pub, inferredYear);
        var resolved = new List<(DateExpression, DateMention)>(expressions.Count);
        var days = new SameDayReference(pub);
        foreach (var e in expressions)
        {
            if (resolver.Resolve(e, days.Current) is not var (interval, warning))
            {
                continue;
            }

            resolved.Add((e, new DateMention(e.Span, e.Span.Of(text), interval, warning)));
            days.Saw(interval, publication.IsPublicationDate(e));
        }

        DateConsistencyChecker.Check(text, sentences, resolved, publication, pub);

        // The dateline is the publication date's mention; a footer or label repeating it is not listed again.
        var dates = resolved
            .Where(d => publication.Dateline is null || !ReferenceEquals(d.Item1, publication.Label))
            .Select(d => d.Item2)
            .ToList();
        return new DateFindings(dates, pub, inferredYear);
    }

    private static List<DateExpression> Read(string text, string language, IReadOnlyList<TextSpan> sentences)
    {
        var readers = language switch
        {
            LanguageCode.English => [(CalendarLexicon.English, English)],
            LanguageCode.Spanish => [(CalendarLexicon.Spanish, Spanish)],
            _ => new[] { (CalendarLexicon.English, English), (CalendarLexicon.Spanish, Spanish) },
        };

        var all = new List<DateExpression>();
        foreach (var (lexicon, languageReaders) in readers)
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
                    foreach (var reader in languageReaders)
                    {
                        reader.Read(tokens, all);
                    }

                    piece = pieceEnd;
                }
            }
        }

        return WithoutOverlaps(all);
    }

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
