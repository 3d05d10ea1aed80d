using System.Text;
using BenchmarkDotNet.Attributes;
using Enlace.Benchmarks.Corpus;
using Enlace.Core.Documents;
using Enlace.Documents;
using Enlace.Extraction.Language;

namespace Enlace.Benchmarks.Micro;

/// <summary>
/// The per-file CPU work of ingest before anything is stored, on one generated ~2 KB report: hashing (the baseline: the
/// least any ingest must do), decoding, and language detection. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class DocumentPreparationBenchmarks
{
    private readonly DocumentReader _reader = new();
    private byte[] _bytes = [];
    private string _text = "";

    [Params(0, 1)]
    public int Report { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = new ReportGenerator().Generate(Report).Text;
        _bytes = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true)]
    public string Hash() => ContentHash.Of(_bytes);

    [Benchmark]
    public string Decode() => _reader.Read("report.txt", _bytes).Text;

    [Benchmark]
    public string DetectLanguage() => LanguageDetector.Detect(_text);
}
