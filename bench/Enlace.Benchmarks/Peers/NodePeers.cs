using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Runs <c>bench/peers/run-peers.mjs</c> (chrono-node and Recognizers-Text) over a set and reads back what each found.
/// Installs the pinned packages with <c>npm ci</c> first when <c>node_modules</c> is missing or older than the lock file.
/// </summary>
public sealed class NodePeers(string folder)
{
    public static string Script => "run-peers.mjs";

    public void EnsureInstalled()
    {
        var installed = Path.Combine(folder, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(folder, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            throw new PeersUnavailableException($"{lockFile} is missing; the peer packages are pinned there");
        }

        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile))
        {
            return;
        }

        Console.Error.WriteLine($"peers: installing the pinned packages (npm ci in {folder})");
        Start("npm", ["ci", "--no-audit", "--no-fund"], "npm is not on PATH: install Node.js 18 or later with npm to run the peers");
    }

    public string Version()
    {
        var output = new StringBuilder();
        Start("node", ["--version"], "node is not on PATH: install Node.js 18 or later to run the peers", output);
        return output.ToString().Trim();
    }

    /// <returns>One run per peer tool, and the versions of node and of the packages that ran.</returns>
    public (IReadOnlyList<ToolRun> Runs, IReadOnlyDictionary<string, string> Versions) Run(LabelledSet set, PeerOptions options)
    {
        Directory.CreateDirectory(options.Work);
        var input = Path.Combine(options.Work, $"{set.Name}.input.jsonl");
        var output = Path.Combine(options.Work, $"{set.Name}.peers.json");
        File.WriteAllLines(input, set.Texts.Select(t => JsonSerializer.Serialize(new { id = t.Id, language = t.Language, reference = t.Reference.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text = t.Text })));
        File.Delete(output);
        Start("node", [Script, input, output, "--passes", $"{options.Passes}", "--warmup", $"{options.Warmup}", "--seconds", $"{options.Seconds}"], "node is not on PATH: install Node.js 18 or later to run the peers");
        return Read(output, set);
    }

    private static (IReadOnlyList<ToolRun>, IReadOnlyDictionary<string, string>) Read(string output, LabelledSet set)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var versions = json.RootElement.GetProperty("versions").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "?");
        var texts = set.Texts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var runs = new List<ToolRun>();
        foreach (var tool in json.RootElement.GetProperty("tools").EnumerateObject())
        {
            var readsNumbers = tool.Value.GetProperty("readsNumbers").GetBoolean();
            var findings = new Dictionary<string, TextFindings>(StringComparer.Ordinal);
            foreach (var document in tool.Value.GetProperty("documents").EnumerateObject())
            {
                var text = texts.TryGetValue(document.Name, out var t) ? t.Text : throw new InvalidDataException($"{output}: unknown text id '{document.Name}'");
                var value = document.Value;
                findings[document.Name] = new TextFindings(
                    [.. value.GetProperty("dates").EnumerateArray().Select(d => new FoundDate(Span(d, text), Day(d, "from"), Day(d, "to")))],
                    readsNumbers ? [.. value.GetProperty("numbers").EnumerateArray().Select(n => new FoundNumber(Span(n, text), Number(n), null))] : null,
                    [.. value.GetProperty("masks").EnumerateArray().Select(m => Span(m, text))]);
            }

            var timing = tool.Value.GetProperty("timing");
            var name = tool.Name switch { "chrono" => "chrono-node", "recognizers" => "Recognizers-Text", _ => tool.Name };
            runs.Add(new ToolRun(
                name,
                tool.Value.GetProperty("work").GetString() ?? "",
                findings,
                new PassTimings(timing.GetProperty("warmup").GetInt32(), Doubles(timing, "wallMs"), Doubles(timing, "cpuMs")),
                ReadsQualifiers: false));
        }

        return (runs, versions);
    }

    private static TextSpan Span(JsonElement found, string text)
    {
        var (start, end) = (found.GetProperty("start").GetInt32(), found.GetProperty("end").GetInt32());
        return start >= 0 && end >= start && end <= text.Length
            ? new TextSpan(start, end)
            : throw new InvalidDataException($"a peer gave the span [{start}, {end}) in a text of {text.Length} characters");
    }

    private static DateOnly Day(JsonElement found, string name) =>
        DateOnly.ParseExact(found.GetProperty(name).GetString() ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Number(JsonElement found)
    {
        var value = found.GetProperty("value");
        return value.TryGetDecimal(out var exact) ? exact : (decimal)Math.Clamp(value.GetDouble(), -7.9e27, 7.9e27);
    }

    private static double[] Doubles(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];

    private void Start(string program, IReadOnlyList<string> arguments, string missing, StringBuilder? output = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = output is not null };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TZ"] = "UTC";
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new PeersUnavailableException(missing, e);
        }

        using (process)
        {
            if (process is null)
            {
                throw new PeersUnavailableException($"could not start {program}");
            }

            output?.Append(process.StandardOutput.ReadToEnd());
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new PeersUnavailableException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode} (in {folder})");
            }
        }
    }
}
