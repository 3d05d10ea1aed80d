using System.Globalization;
using System.Runtime;
using System.Text;
using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Harness;
using Enlace.Extraction;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// `extract`: the whole <see cref="Extractor"/> on one thread, over the repository's report folders, over 1, 10 and 100 MB
/// of generated Spanish and English reports (one document at a time, so memory must stay flat), with the time and
/// allocation of each stage, and over single lines of 1, 4 and 10 MB to show whether the cost grows linearly.
/// </summary>
public static class ExtractionBenchmark
{
    public const string Usage =
        """
          extract [--sections corpus,stream,stages,long-line] [--folders corpus/synthetic/es,...] [--rounds 5] [--mb 1,10,100]
                  [--stages-mb 4] [--long-line 1,4,10] [--give-up 900] [--seed N]
          extract --dump FILE [--dump-docs 5000] [--long-line 1]   (the whole output, to compare two builds)
        """;

    private const double Megabyte = 1024 * 1024;
    private const double TargetMegabytesPerSecond = 5;

    // Reports are generated this many at a time, outside the timer, so generation neither counts nor piles up in memory.
    private const int Batch = 200;

    private static readonly string[] AllSections = ["corpus", "stream", "stages", "long-line"];

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var seed = args.Int("seed", ReportGenerator.DefaultSeed, minimum: int.MinValue);
        var sections = List(args.Text("sections", string.Join(',', AllSections)));
        var folders = List(args.Text("folders", string.Join(',', CorpusFolders.Default)));
        var rounds = args.Int("rounds", 5);
        var streams = Sizes(args, "mb", "1,10,100");
        var stageMegabytes = Sizes(args, "stages-mb", "4").Max();
        var longLines = Sizes(args, "long-line", "1,4,10");
        var giveUp = TimeSpan.FromSeconds(args.Int("give-up", 900));
        var dump = args.Text("dump", "");
        var dumpDocs = args.Int("dump-docs", 5_000);
        args.EnsureAllRead();
        if (sections.Except(AllSections).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"--sections takes {string.Join(", ", AllSections)}, not '{unknown}'");
        }

        Console.WriteLine(await MachineDescription.DescribeAsync([]));
        Console.WriteLine($"gc:          {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}; extraction runs on one thread");
        Warm(seed);

        if (dump.Length > 0)
        {
            ExtractionDump.Write(dump, folders, seed, dumpDocs, longLines);
            return 0;
        }

        if (sections.Contains("corpus"))
        {
            Console.WriteLine();
            Console.WriteLine(CorpusRun.Run(CorpusFolders.Read(folders), rounds));
        }

        double? rate = null;
        if (sections.Contains("stream"))
        {
            Console.WriteLine();
            (var table, rate) = StreamRun.Run(seed, streams, Batch);
            Console.WriteLine(table);
        }

        if (sections.Contains("stages"))
        {
            Console.WriteLine();
            Console.WriteLine(StageRun.Run(seed, stageMegabytes, Batch));
        }

        if (sections.Contains("long-line"))
        {
            Console.WriteLine();
            Console.WriteLine(await LongLineRun.RunAsync(seed, longLines, giveUp));
        }

        if (rate is { } cpuRate)
        {
            Console.WriteLine();
            Console.WriteLine($"target ≥ {TargetMegabytesPerSecond} MB/s per core (process CPU, generated reports): {(cpuRate >= TargetMegabytesPerSecond ? "met" : "MISSED")} ({cpuRate:0.00} MB/s on the largest stream)");
        }

        return 0;
    }

    // Gazetteers and lexicons load on first use, and the JIT compiles the extractor's few thousand methods twice over
    // (quickly, then optimised for the hot ones) while documents flow. The timed runs start once a few hundred documents
    // in a row have compiled nothing new: they measure the steady state a long ingest runs in. What the warm-up cost is
    // reported, since a short run pays it.
    private static void Warm(int seed)
    {
        const int Quiet = 300;
        const int Most = 20_000;
        var measurement = new Measurement();
        var generator = new ReportGenerator(seed);
        var (methods, jit) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        long bytes = 0;
        var documents = 0;
        var lastNew = 0;
        var compiled = methods;
        while (documents - lastNew < Quiet && documents < Most)
        {
            var texts = generator.Generate(1_000_000 + documents, 100).Select(r => r.Text).ToList();
            measurement.Start();
            foreach (var text in texts)
            {
                Extractor.Extract(text);
            }

            measurement.Stop();
            documents += texts.Count;
            bytes += texts.Sum(Utf8Bytes);
            if (JitInfo.GetCompiledMethodCount() != compiled)
            {
                (compiled, lastNew) = (JitInfo.GetCompiledMethodCount(), documents);
            }
        }

        Console.WriteLine($"warm-up:     {documents:#,0} documents ({Megabytes(bytes):0.0} MB) in {measurement.Cpu.TotalSeconds:0.0} s of CPU ({Megabytes(bytes) / measurement.Cpu.TotalSeconds:0.00} MB/s) "
            + $"until {Quiet} in a row compiled nothing; the JIT compiled {compiled - methods:#,0} methods in {(JitInfo.GetCompilationTime() - jit).TotalSeconds:0.0} s meanwhile");
    }

    private static string[] List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double[] Sizes(BenchArguments args, string name, string fallback)
    {
        var sizes = List(args.Text(name, fallback))
            .Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) && mb > 0 && mb <= 2_000
                ? mb
                : throw new ArgumentException($"--{name} takes sizes in MB separated by commas (e.g. {fallback}), not '{s}'"))
            .ToArray();
        return sizes.Length > 0 ? sizes : throw new ArgumentException($"--{name} needs at least one size");
    }

    internal static long Bytes(double megabytes) => (long)(megabytes * Megabyte);

    internal static double Megabytes(long bytes) => bytes / Megabyte;

    internal static long Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
