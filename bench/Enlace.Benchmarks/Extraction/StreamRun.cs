using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Harness;
using Enlace.Extraction;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// Generated reports, Spanish and English in turn, extracted one at a time until each size is reached. Each size starts
/// from the first report, with the peak working set reset, so a peak that grows with the size is memory held across
/// documents.
/// </summary>
public static class StreamRun
{
    public static (string Table, double CpuMegabytesPerSecond) Run(int seed, IReadOnlyList<double> sizes, int batch)
    {
        var table = new MarkdownTable("Input (MB)", "Documents", "Wall (s)", "Process CPU (s)", "MB/s (wall)", "MB/s (CPU)", "ms CPU/doc",
            "Allocated (MB)", "Allocated/input byte", "Peak working set (MB)", "GCs gen0/1/2", "Load average");
        var rate = 0.0;
        foreach (var size in sizes)
        {
            var target = ExtractionBenchmark.Bytes(size);
            var generator = new ReportGenerator(seed);
            var exactPeak = PeakWorkingSet.Reset();
            var collections = Collections();
            var measurement = new Measurement();
            long bytes = 0;
            var documents = 0;
            while (bytes < target)
            {
                var texts = generator.Generate(documents, batch).Select(r => r.Text).ToList();
                measurement.Start();
                foreach (var text in texts)
                {
                    Extractor.Extract(text);
                }

                measurement.Stop();
                bytes += texts.Sum(ExtractionBenchmark.Utf8Bytes);
                documents += texts.Count;
            }

            var input = ExtractionBenchmark.Megabytes(bytes);
            var after = Collections();
            rate = input / measurement.Cpu.TotalSeconds;
            table.Add(input, documents, measurement.Wall.TotalSeconds, measurement.Cpu.TotalSeconds, input / measurement.Wall.TotalSeconds, rate,
                measurement.Cpu.TotalMilliseconds / documents, ExtractionBenchmark.Megabytes(measurement.Allocated), (double)measurement.Allocated / bytes,
                ExtractionBenchmark.Megabytes(PeakWorkingSet.Read()).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + (exactPeak ? "" : " (process)"),
                $"{after[0] - collections[0]}/{after[1] - collections[1]}/{after[2] - collections[2]}", MachineDescription.LoadAverage());
            Console.WriteLine($"  {input:0.0} MB of generated reports: {input / measurement.Cpu.TotalSeconds:0.00} MB/s of CPU");
        }

        return ($"Generated reports, one document at a time (the peak working set includes the runtime and the gazetteers):{Environment.NewLine}{Environment.NewLine}{table}", rate);
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}
