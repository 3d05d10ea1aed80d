using System.Globalization;
using Enlace.Benchmarks.Harness;

namespace Enlace.Benchmarks.Peers;

/// <summary>Prints one set's results as Markdown: accuracy and speed side by side, the counts behind them, and the misses.</summary>
public static class PeerReport
{
    public static void Print(LabelledSet set, IReadOnlyList<(ToolRun Run, SetScore Score)> results, bool allMisses)
    {
        var spanish = set.Texts.Count(t => t.Language == "es");
        Console.WriteLine($"## {set.Name}: {set.Texts.Count} texts ({spanish} es, {set.Texts.Count - spanish} en), {set.Utf8Bytes / 1000.0:0.0} kB; "
            + $"{set.Texts.Sum(t => t.Dates.Count)} dates, {set.Texts.Sum(t => t.Numbers.Count)} numbers "
            + $"({set.Texts.Where(t => t.Language == "es").Sum(t => t.Numbers.Count(n => n.IsWords))} Spanish in words, "
            + $"{set.Texts.Sum(t => t.Numbers.Count(n => n.Qualifier != Enlace.Core.Statements.Qualifier.Exact))} qualified)");
        Console.WriteLine($"({set.Note})");
        Console.WriteLine();

        var main = new MarkdownTable("tool", "dates P / R / F1", "numbers P / R / F1", "Spanish number words P / R / F1", "qualifiers right", "MB/s (best pass)");
        foreach (var (run, score) in results)
        {
            main.Add(run.Tool, Prf(score.Dates, true), Numbers(score.Numbers, set), Numbers(score.SpanishWords, set), Qualifiers(score),
                Rate(PassTimings.MegabytesPerSecond(set.Utf8Bytes, run.Timings.BestWallMs)));
        }

        Console.WriteLine(main);
        var counts = new MarkdownTable("tool", "dates TP / FP / FN", "numbers TP / FP / FN", "Spanish words TP / FP / FN", "false numbers that are an article", "qualifier on an exact figure");
        foreach (var (run, score) in results)
        {
            counts.Add(run.Tool, Counts(score.Dates), Counts(score.Numbers), Counts(score.SpanishWords), score.Numbers is null ? "—" : $"{score.ArticleFalsePositives}", score.Numbers is null ? "—" : $"{score.QualifierFalseAlarms}");
        }

        Console.WriteLine(counts);
        var chrono = results.FirstOrDefault(r => r.Run.Tool == "chrono-node").Run;
        var speed = new MarkdownTable("tool", "a timed pass runs", "passes", "best pass (ms)", "MB/s (best pass)", "median pass, wall / CPU (ms)", "MB/s (median CPU)", "speed vs chrono-node (best pass)");
        foreach (var (run, _) in results)
        {
            var t = run.Timings;
            speed.Add(run.Tool, run.Work, $"{t.WallMs.Count} after {t.Warmup}", t.BestWallMs, Rate(PassTimings.MegabytesPerSecond(set.Utf8Bytes, t.BestWallMs)),
                string.Create(CultureInfo.InvariantCulture, $"{Milliseconds(t.MedianWallMs)} / {Milliseconds(t.MedianCpuMs)}"),
                Rate(PassTimings.MegabytesPerSecond(set.Utf8Bytes, t.MedianCpuMs)),
                chrono is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{chrono.Timings.BestWallMs / t.BestWallMs:0.00}×"));
        }

        Console.WriteLine(speed);
        foreach (var (run, score) in results)
        {
            if (allMisses || run.Tool.StartsWith("Enlace Extractor", StringComparison.Ordinal))
            {
                PrintMisses(run.Tool, score.Misses);
            }
        }
    }

    private static void PrintMisses(string tool, IReadOnlyList<Miss> misses)
    {
        Console.WriteLine($"### Errors of {tool} ({misses.Count})");
        Console.WriteLine();
        foreach (var miss in misses.OrderBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.TextId, StringComparer.Ordinal))
        {
            var what = (miss.Expected, miss.Found) switch
            {
                (not null, null) => $"missed, gold {miss.Expected}",
                (null, not null) => $"not in the gold, found {miss.Found}",
                _ => $"gold {miss.Expected}, found {miss.Found}",
            };
            Console.WriteLine($"- {miss.Kind,-9} {miss.TextId}: \"{Clip(miss.Quote)}\" — {what}");
        }

        Console.WriteLine();
    }

    private static string Clip(string quote) => quote.ReplaceLineEndings(" ") is var flat && flat.Length > 70 ? flat[..67] + "..." : flat;

    private static string Numbers(Tally? tally, LabelledSet set) => tally is { } t ? Prf(t, set.NumbersExhaustive) : "does not read numbers";

    private static string Prf(Tally t, bool precision) => precision
        ? string.Create(CultureInfo.InvariantCulture, $"{t.Precision:0.00} / {t.Recall:0.00} / {t.F1:0.00}")
        : string.Create(CultureInfo.InvariantCulture, $"— / {t.Recall:0.00} / —");

    private static string Counts(Tally? tally) => tally is { } t ? $"{t.TruePositives} / {t.FalsePositives} / {t.FalseNegatives}" : "—";

    private static string Milliseconds(double ms) => ms.ToString(ms >= 100 ? "#,0" : ms >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static string Rate(double megabytesPerSecond) =>
        megabytesPerSecond.ToString(megabytesPerSecond >= 10 ? "0" : megabytesPerSecond >= 0.1 ? "0.00" : "0.000", CultureInfo.InvariantCulture);

    private static string Qualifiers(SetScore score) => score.Qualified == 0
        ? "—"
        : !score.ReadsQualifiers
            ? $"0 / {score.Qualified} (not read)"
            : score.Numbers is null
            ? "— (dates only)"
            : string.Create(CultureInfo.InvariantCulture, $"{score.QualifiersRight} / {score.Qualified} ({100.0 * score.QualifiersRight / score.Qualified:0}%)");
}
