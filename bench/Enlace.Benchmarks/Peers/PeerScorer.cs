using System.Globalization;
using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// The one scorer every tool goes through. A finding matches a gold item when their spans overlap and the values are
/// equal: the same closed interval of days for a date, the same number for a figure (as written, or converted to the
/// unit the gold uses). A second finding of the same value
/// on an item already matched is neither right nor wrong ("Hoy miércoles" read as two dates). A number inside a gold
/// date, or inside a span (of at most 60 characters) the tool itself read as a date or clock time, is part of that date
/// and not scored. Spanish
/// numbers in words are also scored apart. Qualifiers are scored on the gold figures that carry one: a tool that does
/// not read qualifiers gets none of them right.
/// </summary>
public static class PeerScorer
{
    private static readonly TextFindings Nothing = new([], [], []);

    // A date or time is a few words. Recognizers-Text sometimes reads "entre ... y ..." across whole paragraphs as one
    // date range; such a span is a misreading (scored as a wrong date) and does not hide the numbers inside it.
    private const int LongestMask = 60;

    public static SetScore Score(LabelledSet set, ToolRun run)
    {
        var readsNumbers = run.Findings.Values.All(f => f.ReadsNumbers);
        var score = new Accumulator(set.NumbersExhaustive);
        foreach (var text in set.Texts)
        {
            var found = run.Findings.GetValueOrDefault(text.Id, Nothing);
            score.Dates(text, found.Dates);
            if (found.Numbers is { } numbers)
            {
                var masks = found.Masks.Where(m => m.Length <= LongestMask);
                score.Numbers(text, [.. numbers.Where(n => !InsideAny(n.Span, text.Dates.Select(d => d.Span)) && !InsideAny(n.Span, masks))]);
            }
        }

        return new SetScore(
            run.Tool,
            run.ReadsQualifiers,
            score.DateTally,
            readsNumbers ? score.NumberTally : null,
            readsNumbers ? score.WordTally : null,
            score.QualifiersRight,
            set.Texts.Sum(t => t.Numbers.Count(n => n.Qualifier != Qualifier.Exact)),
            score.QualifierFalseAlarms,
            score.Articles,
            score.Misses);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static bool InsideAny(TextSpan inner, IEnumerable<TextSpan> outers) => outers.Any(o => o.Start <= inner.Start && inner.End <= o.End);

    private static string Interval(DateOnly from, DateOnly to) =>
        from == to ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : FormattableString.Invariant($"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");

    private static string Figure(decimal value, Qualifier? qualifier) =>
        (qualifier is null or Qualifier.Exact ? "" : $"{qualifier} ") + value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed class Accumulator(bool numbersExhaustive)
    {
        public Tally DateTally { get; private set; }

        public Tally NumberTally { get; private set; }

        public Tally WordTally { get; private set; }

        public int QualifiersRight { get; private set; }

        public int QualifierFalseAlarms { get; private set; }

        public int Articles { get; private set; }

        public List<Miss> Misses { get; } = [];

        public void Dates(LabelledText text, IReadOnlyList<FoundDate> found)
        {
            var matched = new bool[text.Dates.Count];
            foreach (var date in found.OrderBy(d => d.Span.Start))
            {
                var near = Enumerable.Range(0, text.Dates.Count).Where(i => Overlaps(text.Dates[i].Span, date.Span)).ToList();
                bool Same(int i) => text.Dates[i].From == date.From && text.Dates[i].To == date.To;
                if (near.FirstOrDefault(i => !matched[i] && Same(i), -1) is var hit && hit >= 0)
                {
                    matched[hit] = true;
                    DateTally += new Tally(1, 0, 0);
                }
                else if (!near.Any(i => matched[i] && Same(i)))
                {
                    DateTally += new Tally(0, 1, 0);
                    var expected = near.Count > 0 ? Interval(text.Dates[near[0]].From, text.Dates[near[0]].To) : null;
                    Misses.Add(new Miss(text.Id, "date", date.Span.Of(text.Text), expected, Interval(date.From, date.To)));
                }
            }

            for (var i = 0; i < matched.Length; i++)
            {
                if (!matched[i])
                {
                    DateTally += new Tally(0, 0, 1);
                    var gold = text.Dates[i];
                    Misses.Add(new Miss(text.Id, "date", gold.Span.Of(text.Text), Interval(gold.From, gold.To), null));
                }
            }
        }

        public void Numbers(LabelledText text, IReadOnlyList<FoundNumber> found)
        {
            var spanish = text.Language == "es";
            var gold = text.Numbers;
            var matchedBy = new FoundNumber?[gold.Count];
            foreach (var number in found.OrderBy(n => n.Span.Start))
            {
                var near = Enumerable.Range(0, gold.Count).Where(i => Overlaps(gold[i].Span, number.Span)).ToList();
                if (near.FirstOrDefault(i => matchedBy[i] is null && gold[i].Accepts(number), -1) is var hit && hit >= 0)
                {
                    matchedBy[hit] = number;
                }
                else if (!near.Any(i => matchedBy[i] is not null && gold[i].Accepts(number)) && numbersExhaustive)
                {
                    var quote = number.Span.Of(text.Text);
                    NumberTally += new Tally(0, 1, 0);
                    if (spanish && GoldValues.IsWords(quote))
                    {
                        WordTally += new Tally(0, 1, 0);
                    }

                    Articles += quote.Trim().ToLowerInvariant() is "un" or "una" or "a" or "an" ? 1 : 0;
                    Misses.Add(new Miss(text.Id, "number", quote, near.Count > 0 ? Figure(gold[near[0]].Value, gold[near[0]].Qualifier) : null, Figure(number.Value, number.Qualifier)));
                }
            }

            for (var i = 0; i < gold.Count; i++)
            {
                var (expected, by) = (gold[i], matchedBy[i]);
                var hit = by is null ? new Tally(0, 0, 1) : new Tally(1, 0, 0);
                NumberTally += hit;
                WordTally += spanish && expected.IsWords ? hit : default;
                if (by is null)
                {
                    Misses.Add(new Miss(text.Id, "number", expected.Span.Of(text.Text), Figure(expected.Value, expected.Qualifier), null));
                }
                else if (by.Qualifier == expected.Qualifier)
                {
                    QualifiersRight += expected.Qualifier == Qualifier.Exact ? 0 : 1;
                }
                else if (by.Qualifier is not null)
                {
                    QualifierFalseAlarms += expected.Qualifier == Qualifier.Exact ? 1 : 0;
                    Misses.Add(new Miss(text.Id, "qualifier", expected.Span.Of(text.Text), Figure(expected.Value, expected.Qualifier), Figure(by.Value, by.Qualifier)));
                }
            }
        }
    }
}
