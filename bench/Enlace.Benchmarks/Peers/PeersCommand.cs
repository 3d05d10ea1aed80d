using System.Runtime.InteropServices;
using System.Text.Json;
using Enlace.Benchmarks.Harness;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// <c>peers</c>: runs Enlace, chrono-node and Recognizers-Text on the same texts with the same reference dates, in one
/// run, scores all three with <see cref="PeerScorer"/>, and prints accuracy and speed per labelled set.
/// </summary>
public static class PeersCommand
{
    public const string Usage =
        "  peers [--sets sample,synthetic,heldout] [--sample FILE] [--passes 10] [--warmup 3] [--seconds 5] [--work DIR] [--all-misses]";

    public static int Run(IReadOnlyList<string> args)
    {
        try
        {
            var options = PeerOptions.Parse(args);
            var root = RepositoryRoot();
            var node = new NodePeers(Path.Combine(root, "bench", "peers"));
            node.EnsureInstalled();
            Header(node.Version(), options);
            IReadOnlyDictionary<string, string> versions = new Dictionary<string, string>();
            foreach (var set in options.Sets.Select(name => Load(root, name, options)))
            {
                ScorerSelfCheck.Run(set);
                var results = new List<ToolRun>
                {
                    Timed("Enlace Extractor", () => EnlaceRunner.Extractor(set, options)),
                    Timed("Enlace finders", () => EnlaceRunner.Finders(set, options)),
                    Timed("Enlace DateFinder", () => EnlaceRunner.DateFinderOnly(set, options)),
                };
                var peers = Timed("chrono-node and Recognizers-Text", () => node.Run(set, options));
                results.AddRange(peers.Runs);
                versions = peers.Versions;
                PeerReport.Print(set, [.. results.Select(r => (r, PeerScorer.Score(set, r)))], options.AllMisses);
            }

            Console.WriteLine("versions: " + string.Join(", ", versions.Select(v => $"{v.Key} {v.Value}")));
            Console.WriteLine($"load after: {MachineDescription.LoadAverage()}");
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"peers: {e.Message}{Environment.NewLine}usage:{Environment.NewLine}{Usage}");
            return 2;
        }
        catch (Exception e) when (e is PeersUnavailableException or InvalidDataException or IOException or JsonException or FormatException)
        {
            Console.Error.WriteLine($"peers: {e.Message}");
            return 3;
        }
    }

    private static T Timed<T>(string what, Func<T> run)
    {
        Console.Error.WriteLine($"peers: running {what} (load {MachineDescription.LoadAverage()})");
        return run();
    }

    private static LabelledSet Load(string root, string name, PeerOptions options) => name switch
    {
        "sample" => SampleReader.Read(options.Sample ?? Path.Combine(root, "bench", "peers", "sample", "labelled.jsonl"), "sample"),
        "synthetic" => Merge(
            "synthetic",
            CorpusGoldReader.Read(Path.Combine(root, "corpus", "synthetic", "es", "expected.json"), "synthetic-es"),
            CorpusGoldReader.Read(Path.Combine(root, "corpus", "synthetic", "en", "expected.json"), "synthetic-en")),
        "heldout" => CorpusGoldReader.Read(Path.Combine(root, "corpus", "heldout", "expected.json"), "heldout"),
        _ => throw new ArgumentException($"unknown set '{name}'"),
    };

    private static LabelledSet Merge(string name, LabelledSet es, LabelledSet en) =>
        new(name, [.. es.Texts, .. en.Texts], NumbersExhaustive: false, string.Join("; ", es.Note.Split("; ").Union(en.Note.Split("; "))));

    private static void Header(string nodeVersion, PeerOptions options)
    {
        Console.WriteLine($"# Peer comparison: dates and numbers; per tool, at least {options.Warmup} warm-up passes and {options.Seconds} CPU seconds, then at least {options.Passes} timed passes and {options.Seconds} CPU seconds");
        Console.WriteLine();
        Console.WriteLine($"date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}; {Environment.ProcessorCount} cores ({CpuModel()}); {RuntimeInformation.FrameworkDescription}; node {nodeVersion}");
        Console.WriteLine($"load before: {MachineDescription.LoadAverage()} (1, 5, 15 min; the machine may be shared)");
#if DEBUG
        Console.WriteLine("WARNING: a Debug build; run with -c Release for timings that mean anything");
#endif
        Console.WriteLine();
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo") && File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line.Split(':', 2)[1].Trim()
            : RuntimeInformation.ProcessArchitecture.ToString();

    /// <summary>The repository holding bench/peers: found upwards from the working folder, else from the program's own.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "bench", "peers", "package.json")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new PeersUnavailableException("bench/peers/package.json not found above the working folder; run from the repository");
    }
}
