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
    /// <summary>The dates of <paramref name="text"/>, in document order, with the publication date they were resolved against.</summary>
    /// <param name="language">"en" or "es"; any other value reads the text with both languages.</param>
    /// <param name="published">The publication date when the caller knows it; otherwise it is read from the text.</param>
    /// <param name="sentences">The sentences of the text (<see cref="SentenceSplitter"/>); when empty, the text is split here.</param>
    public static DateFindings Find(string text, string language, DateOnly? published, IReadOnlyList<TextSpan> sentences) =>
        Find(text, language, published, sentences, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <inheritdoc cref="Find(string, string, DateOnly?, IReadOnlyList{TextSpan})"/>
    /// <param name="today">The day the document is read, which no inferred year may pass.</param>
    public static DateFindings Find(string text, string language, DateOnly? published, IReadOnlyList<TextSpan> sentences, DateOnly today)
    {
        if (string.IsNullOrEmpty(text))
        {
            return DateFindings.None with { Published = published };
        }

        sentences = sentences is { Count: > 0 } ? sentences : SentenceSplitter.Split(text);
        var expressions = NumericOrders.Settle(text, language ?? "", DateScanner.Scan(text, language ?? "", sentences));
        var publication = PublicationDateDetector.Detect(text, expressions);
        var pub = published ?? publication.Date;
        var inferredYear = pub is null ? YearInference.Infer(expressions, today) : null;

        var resolver = new DateResolver(pub, inferredYear);
        var resolved = new List<(DateExpression Expression, DateMention Mention)>(expressions.Count);
        var days = new SameDayReference(pub);
        var stamps = UpdateAnchors.Find(text, expressions);
        var stamp = 0;
        var current = resolver;
        foreach (var e in expressions)
        {
            // Past an update stamp, relative dates count from the stamp's day.
            while (stamp < stamps.Count && stamps[stamp].Span.Start <= e.Span.Start)
            {
                if (resolver.Resolve(stamps[stamp], null) is ({ Precision: DatePrecision.Day } day, _) && (pub is null || day.Start >= pub))
                {
                    current = new DateResolver(day.Start, inferredYear);
                }

                stamp++;
            }

            if ((e.IsCalendar ? resolver : current).Resolve(e, days.Current, days.Last) is not var (interval, warning))
            {
                continue;
            }

            resolved.Add((e, new DateMention(e.Span, e.Span.Of(text), interval, warning)));
            days.Saw(interval, publication.IsPublicationDate(e));
        }

        DateConsistencyChecker.Check(text, sentences, resolved, publication, pub);

        // The dateline is the publication date's mention; a footer or label repeating its day is not listed again.
        var datelineDay = resolved.FirstOrDefault(d => ReferenceEquals(d.Expression, publication.Dateline)).Mention?.Resolved;
        var dates = resolved
            .Where(d => publication.Dateline is null || !ReferenceEquals(d.Expression, publication.Label) || d.Mention.Resolved != datelineDay)
            .Select(d => d.Mention)
            .ToList();
        return new DateFindings(dates, pub, inferredYear);
    }
}
