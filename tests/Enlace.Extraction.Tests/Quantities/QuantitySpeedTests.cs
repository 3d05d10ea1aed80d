using System.Diagnostics;
using System.Text;
using Enlace.Extraction.Quantities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Quantities;

[Collection(nameof(SpeedCollection))]
public sealed class QuantitySpeedTests
{
    // A guard against pathological slowness, not a benchmark: test builds are unoptimised and the machine is shared, so the
    // floor is per CPU second of this process (a Debug build measures about 9).
    // A warmed-up Release build reads the corpus at about 40 MB/s on one core.
    private const double FloorMegabytesPerSecond = 1.0;

    [Fact]
    public void The_corpus_is_read_at_a_rate_that_leaves_room_for_the_rest_of_the_extractor()
    {
        var documents = GoldCorpus.Documents;
        var megabytes = documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1e6;

        // Tiered compilation needs a few seconds of the loop before the code it measures is the code that ships.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var document in documents)
            {
                QuantityFinder.Find(document.Text, document.Language, SentenceSplitter.Split(document.Text));
            }
        }

        var rounds = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var document in documents)
            {
                QuantityFinder.Find(document.Text, document.Language, SentenceSplitter.Split(document.Text));
            }

            rounds++;
        }

        var rate = rounds * megabytes / clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"quantities: {rate:F1} MB/s wall, {rounds * megabytes / cpuSeconds:F1} MB/s per CPU second, {rounds} rounds of {megabytes:F2} MB");
        var perCpuSecond = rounds * megabytes / cpuSeconds;
        Assert.True(perCpuSecond >= FloorMegabytesPerSecond, $"{perCpuSecond:F2} MB/s per CPU second");
    }
}
