using System.Globalization;

namespace Enlace.Benchmarks.Peers;

/// <summary>The options of <c>peers</c>; see <see cref="PeersCommand.Usage"/>.</summary>
/// <param name="Passes">The fewest timed passes over a set; timing also goes on for at least <paramref name="Seconds"/> of CPU time.</param>
/// <param name="Warmup">The fewest untimed passes first; warm-up also lasts at least <paramref name="Seconds"/> of CPU time.</param>
public sealed record PeerOptions(IReadOnlyList<string> Sets, string? Sample, int Passes, int Warmup, int Seconds, string Work, bool AllMisses)
{
    public static readonly string[] KnownSets = ["sample", "synthetic", "heldout"];

    public static PeerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PeerOptions(["sample"], null, 10, 3, 5, Path.Combine(Path.GetTempPath(), "enlace-bench", "peers"), false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Count(int least)
            {
                var name = args[i];
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= least
                    ? n
                    : throw new ArgumentException($"{name} needs a whole number of at least {least}, not '{text}'");
            }

            options = args[i] switch
            {
                "--sets" => options with { Sets = ParseSets(Value()) },
                "--sample" => options with { Sample = Value() },
                "--passes" => options with { Passes = Count(1) },
                "--warmup" => options with { Warmup = Count(0) },
                "--seconds" => options with { Seconds = Count(0) },
                "--work" => options with { Work = Value() },
                "--all-misses" => options with { AllMisses = true },
                var unknown => throw new ArgumentException($"unknown option '{unknown}'"),
            };
        }

        return options;
    }

    private static string[] ParseSets(string list)
    {
        var sets = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sets.Length > 0 && sets.All(KnownSets.Contains)
            ? sets
            : throw new ArgumentException($"--sets takes a comma-separated list of {string.Join(", ", KnownSets)}, not '{list}'");
    }
}
