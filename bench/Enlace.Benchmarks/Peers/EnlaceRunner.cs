using System.Diagnostics;
using Enlace.Extraction;
using Enlace.Extraction.Dates;
using Enlace.Extraction.Numbers;
using Enlace.Extraction.Quantities;
using Enlace.Extraction.Text;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Runs Enlace's extraction over a set, each text with its language and reference date as the publication date (as
/// <c>enlace extract --published</c> passes it): the whole <see cref="Extractor"/>, and the date and figure finders alone,
/// which do the same work as the peers. Both give the same dates and figures; only their time differs.
/// </summary>
public static class EnlaceRunner
{
    public static ToolRun Extractor(LabelledSet set, PeerOptions options) => Measure(
        "Enlace Extractor",
        "whole pipeline: language, sentences, dates, entities, figures, attributions, relations, events",
        set,
        options,
        text =>
        {
            var result = Enlace.Extraction.Extractor.Extract(text.Text, text.Language, text.Reference);
            return (result.Dates, result.Quantities);
        });

    public static ToolRun Finders(LabelledSet set, PeerOptions options) => Measure(
        "Enlace date + figure finders",
        "sentences, then DateFinder and QuantityFinder only",
        set,
        options,
        text =>
        {
            var sentences = SentenceSplitter.Split(text.Text);
            var dates = DateFinder.Find(text.Text, text.Language, text.Reference, sentences).Dates;
            return (dates, QuantityFinder.Find(text.Text, text.Language, sentences));
        });

    /// <summary>The dates alone, the work chrono-node does; its figures column is empty by construction.</summary>
    public static ToolRun DateFinderOnly(LabelledSet set, PeerOptions options) => Measure(
        "Enlace DateFinder",
        "sentences, then DateFinder only",
        set,
        options,
        text => (DateFinder.Find(text.Text, text.Language, text.Reference, SentenceSplitter.Split(text.Text)).Dates, null));

    /// <summary>
    /// A figure's value is in the unit Enlace keeps ("tres toneladas" is 3,000 kg) while the peers give the number as
    /// written, so both are handed to the scorer: when the figure's value is not a number of its own words and exactly
    /// one number is, that one was written.
    /// </summary>
    private static TextFindings Findings(LabelledText text, IReadOnlyList<DateMention> dates, IReadOnlyList<QuantityMention>? quantities) => new(
        [.. dates.Select(d => new FoundDate(d.Span, d.Resolved.Start, d.Resolved.End))],
        quantities is null ? null : [.. quantities.Select(q => new FoundNumber(q.Span, q.Value, q.Qualifier, AsWritten(q.Text, q.Value, text.Language)))],
        [.. dates.Select(d => d.Span)]);

    /// <summary>The one number written in <paramref name="quote"/> when it differs from <paramref name="value"/>; else null.</summary>
    public static decimal? AsWritten(string quote, decimal value, string language)
    {
        var written = NumberReader.Read(quote, language);
        return written.Any(n => n.Value == value) || written.Count != 1 ? null : written[0].Value;
    }

    private static ToolRun Measure(string tool, string work, LabelledSet set, PeerOptions options, Func<LabelledText, (IReadOnlyList<DateMention>, IReadOnlyList<QuantityMention>?)> run)
    {
        // As in run-peers.mjs: warm up for at least so many passes and seconds of this process's CPU time, so tiered
        // compilation has settled however busy the machine is, then time at least so many passes and CPU seconds.
        using var process = Process.GetCurrentProcess();
        double CpuSeconds()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }

        var warmed = 0;
        for (var start = CpuSeconds(); warmed < options.Warmup || CpuSeconds() - start < options.Seconds; warmed++)
        {
            foreach (var text in set.Texts)
            {
                run(text);
            }
        }

        var last = new (IReadOnlyList<DateMention>, IReadOnlyList<QuantityMention>?)[set.Texts.Count];
        var (wall, cpu) = (new List<double>(), new List<double>());
        for (var start = CpuSeconds(); wall.Count < options.Passes || CpuSeconds() - start < options.Seconds;)
        {
            var cpuBefore = CpuSeconds();
            var clock = Stopwatch.StartNew();
            for (var t = 0; t < set.Texts.Count; t++)
            {
                last[t] = run(set.Texts[t]);
            }

            wall.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add((CpuSeconds() - cpuBefore) * 1000);
        }

        var findings = set.Texts.Select((text, t) => (text.Id, Found: Findings(text, last[t].Item1, last[t].Item2))).ToDictionary(f => f.Id, f => f.Found, StringComparer.Ordinal);
        return new ToolRun(tool, work, findings, new PassTimings(warmed, wall, cpu), ReadsQualifiers: true);
    }
}
