using System.Text.RegularExpressions;
using Enlace.Core.Statements;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Events;

/// <summary>
/// Splits a document into the happenings it reports. A sentence stays with the frame of its paragraph; a new paragraph
/// returns to the main frame unless it opens with its own time reference. A time reference opens a new frame only when
/// it cannot be the main happening's time: a date the document itself flags as contradicting another stays with the
/// main frame (that is a conflict to show, not a second event), and so does a sentence about "the operation".
/// </summary>
public static partial class EventFramer
{
    // Shared, never written: most sentences have no date and name no entity.
    private static readonly List<int> NoDates = [];
    private static readonly List<EntityMention> NoEntities = [];

    public static IReadOnlyList<EventFrame> Frame(string text, IReadOnlyList<TextSpan> sentences, ExtractionResult extraction)
    {
        var frames = new List<FrameBuilder> { new() };
        var current = frames[0];
        var previousEnd = 0;

        // Everything is bucketed by sentence once, so framing stays linear in the length of the text.
        var datesBySentence = BySentence(sentences, extraction.Dates.Select(d => d.Span.Start));
        var quantitiesBySentence = BySentence(sentences, extraction.Quantities.Select(q => q.Span.Start));
        var entitiesBySentence = new List<EntityMention>?[sentences.Count];
        foreach (var entity in extraction.Entities)
        {
            foreach (var index in entity.Spans.Select(s => SentenceSplitter.IndexOf(sentences, s.Start)).Where(i => i >= 0).Distinct())
            {
                (entitiesBySentence[index] ??= []).Add(entity);
            }
        }

        var lines = new LineStarts(text);
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            var newParagraph = sentence.Start == 0 || text.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n');
            previousEnd = sentence.End;
            var dates = datesBySentence[n] is { } inSentence ? Anchoring(text, inSentence, extraction, lines) : NoDates;
            var opensTimeReference = dates.Count > 0 || OpensTimeReference().IsMatch(text.AsSpan(sentence.Start, sentence.Length));
            if (opensTimeReference)
            {
                current = Choose(frames, text, sentence, dates, extraction);
            }
            else if (newParagraph)
            {
                current = frames[0];
            }

            current.Sentences.Add(sentence);
            foreach (var i in dates)
            {
                if (!IsReportingDate(text, sentence, extraction.Dates[i]))
                {
                    current.Dates.Add(i);
                    current.Intervals.Add(extraction.Dates[i].Resolved);
                }
            }

            if (quantitiesBySentence[n] is { } quantities)
            {
                current.Quantities.AddRange(quantities);
            }

            foreach (var entity in entitiesBySentence[n] ?? NoEntities)
            {
                (entity.Type == "location" ? current.Places : entity.Type == "organization" ? current.Participants : current.People).Add(entity.Name);
            }
        }

        return [.. frames.Where(f => f.Sentences.Count > 0 || f == frames[0]).Select((f, i) => f.Build(i))];
    }

    private static List<int> Anchoring(string text, List<int> dates, ExtractionResult extraction, LineStarts lines)
    {
        var anchoring = new List<int>(dates.Count);
        foreach (var i in dates)
        {
            if (Anchors(text, extraction.Dates[i], extraction.Published, lines))
            {
                anchoring.Add(i);
            }
        }

        return anchoring;
    }

    private static FrameBuilder Choose(List<FrameBuilder> frames, string text, TextSpan sentence, List<int> dates, ExtractionResult extraction)
    {
        var intervals = dates.Select(i => extraction.Dates[i].Resolved).ToList();
        var main = frames[0];
        var mainIntervals = main.Intervals;
        var flagged = dates.Any(i => extraction.Dates[i].Warning is not null);
        var aboutTheOperation = RefersToTheOperation().IsMatch(text.AsSpan(sentence.Start, sentence.Length));
        // The first time the document gives is its main happening's, whatever was said before it.
        if (mainIntervals.Count == 0 && intervals.Count > 0)
        {
            return main;
        }

        if (flagged || aboutTheOperation || (intervals.Count > 0 && mainIntervals.Count > 0 && intervals.Any(d => mainIntervals.Any(m => m.Overlaps(d)))))
        {
            return main;
        }

        foreach (var frame in frames.Skip(1))
        {
            if (intervals.Count > 0 && intervals.Any(d => frame.Intervals.Any(k => k.Overlaps(d))))
            {
                return frame;
            }
        }

        var opened = new FrameBuilder();
        frames.Add(opened);
        return opened;
    }

    // Years alone ("since 2021", "in 2014") are history, not the time of a happening; the dateline or footer that
    // gives the publication date is the report's own date.
    private static bool Anchors(string text, DateMention date, DateOnly? published, LineStarts lines)
    {
        if (date.Resolved.Precision == DatePrecision.Year)
        {
            return false;
        }

        if (published is { } day && date.Resolved == DateInterval.Day(day))
        {
            var lineStart = lines.Before(Math.Max(0, date.Span.Start - 1));
            return !(date.Span.Start < 400 || Footer().IsMatch(text.AsSpan(lineStart, date.Span.Start - lineStart)));
        }

        return true;
    }

    // "the diplomat stated on the X platform last Saturday": the day something was said, not the day it happened.
    private static bool IsReportingDate(string text, TextSpan sentence, DateMention date)
    {
        var from = Math.Max(sentence.Start, date.Span.Start - 60);
        return ReportingVerbBefore().IsMatch(text.AsSpan(from, date.Span.Start - from));
    }

    private static List<int>?[] BySentence(IReadOnlyList<TextSpan> sentences, IEnumerable<int> starts)
    {
        var buckets = new List<int>?[sentences.Count];
        var i = 0;
        foreach (var start in starts)
        {
            var index = SentenceSplitter.IndexOf(sentences, start);
            if (index >= 0)
            {
                (buckets[index] ??= []).Add(i);
            }

            i++;
        }

        return buckets;
    }

    /// <summary>A sentence that opens with a time adverbial even when it cannot be resolved ("Last week, …", "Around the same time, …").</summary>
    [GeneratedRegex(@"^\W*(last|this|next|earlier this|later that)\s+(week|month|year|weekend)\b|^\W*(around|at)\s+the\s+same\s+time|^\W*(la\s+semana|el\s+mes|el\s+año)\s+pasad[oa]|^\W*(por\s+esas\s+fechas|al\s+mismo\s+tiempo)|^\W*in\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b|^\W*en\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensTimeReference();

    [GeneratedRegex(@"\b(said|says|stated|announced|declared|reported|told|wrote|posted|tweeted|confirmed|added|explained|informó|declaró|dijo|afirmó|señaló|indicó|anunció|publicó|escribió|comunicó|precisó|confirmó)\b[^.;]{0,45}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerbBefore();

    [GeneratedRegex(@"\b(the|this)\s+(operation|raids?|crackdown|intervention|joint\s+operation)\b|\b(el|la|este|esta|dicho|dicha)\s+(operativo|operación|intervención|allanamiento|megaoperativo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefersToTheOperation();

    /// <summary>What stands before the date on a footer line: "Published: ", "Publicado el ".</summary>
    [GeneratedRegex(@"^\s*(published|publicado|updated|actualizado|fecha)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Footer();

    // Where each line of the text starts, found on first use: a date's line is then a binary search away, however long the line.
    private sealed class LineStarts(string text)
    {
        private List<int>? breaks;

        /// <summary>The start of the line holding <paramref name="index"/>, the way LastIndexOf('\n', index) + 1 finds it.</summary>
        public int Before(int index)
        {
            if (breaks is null)
            {
                breaks = [];
                for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
                {
                    breaks.Add(i);
                }
            }

            var at = breaks.BinarySearch(index);
            var last = at >= 0 ? at : ~at - 1;
            return last >= 0 ? breaks[last] + 1 : 0;
        }
    }

    private sealed class FrameBuilder
    {
        public List<int> Dates { get; } = [];

        /// <summary>The distinct days, weeks and months of <see cref="Dates"/>: few, however long the text.</summary>
        public HashSet<DateInterval> Intervals { get; } = [];

        public List<int> Quantities { get; } = [];

        public List<string> Places { get; } = [];

        public List<string> Participants { get; } = [];

        public List<string> People { get; } = [];

        public List<TextSpan> Sentences { get; } = [];

        public EventFrame Build(int index) =>
            new(index, [.. Dates.Distinct()], [.. Quantities.Distinct()], [.. Places.Distinct()], [.. Participants.Concat(People).Distinct()], Sentences);
    }
}
