using System.Text.Json;
using Enlace.Benchmarks.Corpus;
using Enlace.Extraction;
using Enlace.Extraction.Contract;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// `--dump FILE`: the extractor's whole output (the JSON Lines of `enlace extract`, then the event frames) for the report
/// folders, the first generated reports and each long line, so two builds of the extractor can be compared line by line.
/// </summary>
public static class ExtractionDump
{
    public static void Write(string path, IReadOnlyList<string> folders, int seed, int documents, IReadOnlyList<double> longLines)
    {
        using var output = new StreamWriter(path);
        foreach (var (folder, texts) in CorpusFolders.Read(folders))
        {
            foreach (var (text, index) in texts.Select((t, i) => (t, i)))
            {
                Write(output, $"{folder}#{index}", text);
            }
        }

        foreach (var report in new ReportGenerator(seed).Generate(0, documents))
        {
            Write(output, report.FileName, report.Text);
        }

        foreach (var kind in LongLine.Kinds)
        {
            foreach (var size in longLines)
            {
                Write(output, $"long-line-{kind}-{size}MB", LongLine.Build(kind, seed, ExtractionBenchmark.Bytes(size)));
                Console.WriteLine($"  dumped a {size} MB {kind} line");
            }
        }

        Console.WriteLine($"wrote {path}");
    }

    private static void Write(StreamWriter output, string name, string text)
    {
        var result = Extractor.Extract(text);
        output.WriteLine(ExtractionJson.ToLine(name, result));
        output.WriteLine(JsonSerializer.Serialize(result.Frames));
    }
}
