using System.Globalization;

namespace Enlace.Benchmarks.Harness;

/// <summary>
/// The <c>--name value</c> options of the <c>ingest</c> and <c>search</c> commands. Hand-parsed: the harness needs a
/// handful of options, and BenchmarkDotNet keeps its own parser for everything else.
/// </summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _read = [];

    private BenchArguments(Dictionary<string, string> values) => _values = values;

    /// <summary>Where generated files and SQLite databases go; recreated piece by piece by each command.</summary>
    public string WorkFolder => Path.GetFullPath(Text("work", Path.Combine(Path.GetTempPath(), "enlace-bench")));

    public IReadOnlyList<BenchEngine> Engines => Text("engine", "both").ToLowerInvariant() switch
    {
        "sqlite" => [BenchEngine.Sqlite],
        "postgres" or "postgresql" => [BenchEngine.Postgres],
        "both" => [BenchEngine.Sqlite, BenchEngine.Postgres],
        var other => throw new ArgumentException($"--engine must be sqlite, postgres or both, not '{other}'"),
    };

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name] = hasValue ? args[++i] : "true";
        }

        return new BenchArguments(values);
    }

    public string Text(string name, string fallback)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name, fallback);
    }

    public int Int(string name, int fallback, int minimum = 1)
    {
        var text = Text(name, fallback.ToString(CultureInfo.InvariantCulture)).Replace("_", "", StringComparison.Ordinal);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"--{name} must be a whole number of at least {minimum}, not '{text}'");
    }

    public bool Flag(string name) => Text(name, "false") == "true";

    /// <summary>Fails on options no code asked for, so a misspelt option is not silently ignored.</summary>
    public void EnsureAllRead()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown option{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown.Select(u => "--" + u))}");
        }
    }
}
