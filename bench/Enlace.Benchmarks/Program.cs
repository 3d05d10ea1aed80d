using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Enlace.Benchmarks.Extraction;
using Enlace.Benchmarks.Harness;
using Enlace.Benchmarks.Http;
using Enlace.Benchmarks.Ingest;
using Enlace.Benchmarks.Search;

// `ingest`, `search`, `http` and `resolution` are end-to-end runs against real databases (`http` through the server), `extract` times the extractor alone,
// `peers` compares extraction with peer tools (see README.md); anything else is a micro-benchmark.
return args switch
{
    ["ingest", .. var rest] => await HarnessCommand.RunAsync("ingest", rest, IngestBenchmark.RunAsync),
    ["search", .. var rest] => await HarnessCommand.RunAsync("search", rest, SearchBenchmark.RunAsync),
    ["http", .. var rest] => await HarnessCommand.RunAsync("http", rest, HttpBenchmark.RunAsync),
    ["http-drive", .. var rest] => await DotnetDriver.DriveAsync(rest),
    ["extract", .. var rest] => await HarnessCommand.RunAsync("extract", rest, ExtractionBenchmark.RunAsync),
    ["resolution", .. var rest] => RunResolution(rest),
    ["peers", .. var rest] => Enlace.Benchmarks.Peers.PeersCommand.Run(rest),
    ["--help" or "-h" or "help"] => ShowUsage(),
    _ => RunMicroBenchmarks(args),
};

static int RunResolution(string[] rest)
{
    Enlace.Benchmarks.Resolution.ResolutionCommand.Run(rest);
    return 0;
}

static int ShowUsage()
{
    Console.WriteLine(HarnessCommand.Usage);
    Console.WriteLine(ExtractionBenchmark.Usage);
    Console.WriteLine(Enlace.Benchmarks.Peers.PeersCommand.Usage);
    return 0;
}

static int RunMicroBenchmarks(string[] args)
{
    // Artifacts go to the temporary folder rather than the working directory, which is usually the repository root; the
    // generated benchmark project can take minutes to build on a busy two-core machine.
    var config = DefaultConfig.Instance
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "enlace-bench", "BenchmarkDotNet.Artifacts"))
        .WithBuildTimeout(TimeSpan.FromMinutes(10));
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    return 0;
}
