using System.Diagnostics;
using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Harness;
using Enlace.Extraction;

namespace Enlace.Benchmarks.Extraction;

/// <summary>Where a document's time and memory go: each stage of the extractor, timed through its activity.</summary>
public static class StageRun
{
    public static string Run(int seed, double megabytes, int batch)
    {
        var target = ExtractionBenchmark.Bytes(megabytes);
        var generator = new ReportGenerator(seed);
        using var clock = new StageClock();
        var total = new Stopwatch();
        long bytes = 0;
        var documents = 0;
        while (bytes < target)
        {
            var texts = generator.Generate(documents, batch).Select(r => r.Text).ToList();
            total.Start();
            foreach (var text in texts)
            {
                Extractor.Extract(text);
            }

            total.Stop();
            bytes += texts.Sum(ExtractionBenchmark.Utf8Bytes);
            documents += texts.Count;
        }

        return Table(clock, total.Elapsed, ExtractionBenchmark.Megabytes(bytes), documents,
            $"Stages over {ExtractionBenchmark.Megabytes(bytes):0.0} MB of generated reports ({documents:#,0} documents), load average {MachineDescription.LoadAverage()}:");
    }

    /// <summary>One row per stage: time, share of the whole, the stage's own MB/s, and what it allocated.</summary>
    public static string Table(StageClock clock, TimeSpan total, double megabytes, int documents, string title)
    {
        var table = new MarkdownTable("Stage", "Wall (s)", "Share", "MB/s", "µs/doc", "Allocated (MB)", "KB allocated/doc");
        foreach (var stage in ExtractionTelemetry.Stages)
        {
            var seconds = clock.Time(stage).TotalSeconds;
            table.Add(stage, seconds, $"{seconds / total.TotalSeconds:P0}", megabytes / seconds, seconds * 1e6 / documents,
                ExtractionBenchmark.Megabytes(clock.Allocated(stage)), clock.Allocated(stage) / 1024.0 / documents);
        }

        table.Add("whole extractor", total.TotalSeconds, "100 %", megabytes / total.TotalSeconds, total.TotalSeconds * 1e6 / documents, "", "");
        return $"{title}{Environment.NewLine}{Environment.NewLine}{table}";
    }
}
