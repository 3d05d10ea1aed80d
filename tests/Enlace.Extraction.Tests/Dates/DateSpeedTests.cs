using System.Diagnostics;
using System.Reflection;
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
    // which a busy machine disturbs less than wall time, though not by much on a shared 2-core box: a Release build has
    // measured from 11 to 60 MB/s there, depending on the neighbours, and a Debug build (no JIT optimisation) about a
    // seventh of that. So the floor is the whole extractor's budget in Release and a guard against a quadratic slip in Debug.
    private static readonly double FloorMegabytesPerSecond =
        typeof(DateFinder).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? 2 : 5;

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
