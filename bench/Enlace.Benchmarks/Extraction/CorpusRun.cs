using Enlace.Benchmarks.Harness;
using Enlace.Extraction;

namespace Enlace.Benchmarks.Extraction;

/// <summary>The repository's real report folders, each extracted <c>rounds</c> times over, one document at a time.</summary>
public static class CorpusRun
{
    public static string Run(IReadOnlyList<(string Folder, IReadOnlyList<string> Texts)> folders, int rounds)
    {
        var table = new MarkdownTable("Folder", "Documents", "MB", "Rounds", "Wall (s)", "Process CPU (s)", "MB/s (wall)", "MB/s (CPU)", "ms CPU/doc", "Allocated/input byte");
        foreach (var (folder, texts) in folders)
        {
            var bytes = texts.Sum(ExtractionBenchmark.Utf8Bytes);
            var measurement = new Measurement();
            measurement.Start();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var text in texts)
                {
                    Extractor.Extract(text);
                }
            }

            measurement.Stop();
            var input = ExtractionBenchmark.Megabytes(bytes) * rounds;
            table.Add(folder, texts.Count, ExtractionBenchmark.Megabytes(bytes), rounds, measurement.Wall.TotalSeconds, measurement.Cpu.TotalSeconds,
                input / measurement.Wall.TotalSeconds, input / measurement.Cpu.TotalSeconds,
                measurement.Cpu.TotalMilliseconds / (texts.Count * rounds), (double)measurement.Allocated / (bytes * rounds));
        }

        return $"Report folders, load average {MachineDescription.LoadAverage()} at the end:{Environment.NewLine}{Environment.NewLine}{table}";
    }
}
