using System.Diagnostics;
using System.Text;
using Enlace.Core.Statements;
using Enlace.Extraction.Dates;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Dates;

/// <summary>Timed alone, so that other tests do not share the cores it measures.</summary>
[CollectionDefinition(nameof(DateSpeedTests), DisableParallelization = true)]
[Collection(nameof(DateSpeedTests))]
public sealed class DateSpeedTests
{
    // The whole extractor must read 5 MB/s per core, so dates must be well faster. The rate is measured on processor time,
    // which a busy shared machine disturbs far less than wall time; the floor holds for a Debug build, where a Release
    // build measures about three times more.
    private const double FloorMegabytesPerSecond = 5;

    [Fact]
    public void Reports_are_read_well_faster_than_the_extractor_budget()
    {
        var documents = GoldCorpus.All.Select(d => (d.Text, d.Language, Sentences: SentenceSplitter.Split(d.Text))).ToList();
        var bytesPerRound = documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text));
        for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 1500;)
        {
            Read(documents);
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var bytes = 0L;
        while (bytes < 10_000_000)
        {
            Read(documents);
            bytes += bytesPerRound;
        }

        process.Refresh();
        var rate = bytes / 1e6 / (process.TotalProcessorTime - cpu).TotalSeconds;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{bytes / 1e6:F1} MB of reports: {rate:F1} MB/s of processor time, {bytes / 1e6 / wall.Elapsed.TotalSeconds:F1} MB/s wall");
        Assert.True(rate >= FloorMegabytesPerSecond, $"{rate:F1} MB/s");
    }

    private static void Read(List<(string Text, string Language, IReadOnlyList<TextSpan> Sentences)> documents)
    {
        foreach (var (text, language, sentences) in documents)
        {
            DateFinder.Find(text, language, null, sentences, Probe.Today);
        }
    }
}
