using Enlace.Core.Statements;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Warns when a document contradicts itself about when its main event happened: the first relative date in a clause
/// about the operation or what it did ("raids … last week", "golpeó ayer"), not about a later step (a hearing, a
/// statement), against an absolute day in a sentence that names the operation itself ("the operation took place on the
/// night of January 7"; an arrest elsewhere "on Jan. 28" is another happening). Only days
/// within two months of each other are compared: further apart they are different happenings (a background raid, an
/// earlier arrest), not a contradiction.
/// </summary>
internal static class DateConsistencyChecker
{
    private const int SameHappeningReach = 62;
    private const int Reach = 400;

    public static void Check(
        string text, IReadOnlyList<TextSpan> sentences, List<(DateExpression Expression, DateMention Mention)> dates, Publication publication, DateOnly? published)
    {
        if (published is not { } pub)
        {
            return;
        }

        var main = dates.FindIndex(d => d.Expression is { IsCalendar: false } e && !publication.IsPublicationDate(e)
            && d.Mention.Resolved.Precision is DatePrecision.Day or DatePrecision.Week && MainEventClause(text, sentences, d.Mention.Span));
        if (main < 0)
        {
            return;
        }

        var relative = dates[main].Mention;
        for (var k = 0; k < dates.Count; k++)
        {
            var (expression, mention) = dates[k];
            if (!expression.IsCalendar || publication.IsPublicationDate(expression) || mention.Resolved.Precision != DatePrecision.Day
                || mention.Resolved.Overlaps(relative.Resolved) || Gap(mention.Resolved, relative.Resolved) > SameHappeningReach
                || !EventVocabulary.Mentions(text, Sentence(sentences, mention.Span), EventVocabulary.Operation, mention.Span))
            {
                continue;
            }

            var why = relative.Resolved.Precision == DatePrecision.Day
                ? $"'{mention.Text}' ({mention.Resolved}) is not '{relative.Text}' ({relative.Resolved}) relative to the publication date {pub:yyyy-MM-dd}"
                : $"'{mention.Text}' is not within '{relative.Text}' ({relative.Resolved}) relative to the publication date {pub:yyyy-MM-dd}";
            dates[k] = (expression, mention with { Warning = mention.Warning is null ? why : mention.Warning + "; " + why });
        }
    }

    // The clause of a relative date must speak of the operation and not of a later step ("formalizó ayer", "said on").
    private static bool MainEventClause(string text, IReadOnlyList<TextSpan> sentences, TextSpan span)
    {
        var clause = Clause(text, Sentence(sentences, span), span);
        return EventVocabulary.Mentions(text, clause, EventVocabulary.Action, span)
            && !EventVocabulary.Mentions(text, clause, EventVocabulary.LaterStep, span);
    }

    // A sentence, but never more than a few hundred characters either side: a run-on line must not make this quadratic.
    private static TextSpan Sentence(IReadOnlyList<TextSpan> sentences, TextSpan span)
    {
        var index = SentenceSplitter.IndexOf(sentences, span.Start);
        var sentence = index >= 0 ? sentences[index] : span;
        var start = Math.Max(sentence.Start, span.Start - Reach);
        return new TextSpan(start, Math.Max(start, Math.Min(sentence.End, span.End + Reach)));
    }

    // Commas, semicolons, colons, dashes and quotes bound a clause; brackets do not ("the PNP (Peru) and … last week").
    private static TextSpan Clause(string text, TextSpan sentence, TextSpan span)
    {
        var from = span.Start;
        while (from > sentence.Start && !IsClauseBoundary(text[from - 1]))
        {
            from--;
        }

        var to = span.End;
        while (to < sentence.End && !IsClauseBoundary(text[to]))
        {
            to++;
        }

        return new TextSpan(from, to);
    }

    private static bool IsClauseBoundary(char c) => c is ',' or ';' or ':' or '"' or '“' or '”' or '«' or '»' or '—' or '–';

    private static int Gap(DateInterval a, DateInterval b) =>
        Math.Max(a.Start.DayNumber - b.End.DayNumber, b.Start.DayNumber - a.End.DayNumber);
}
