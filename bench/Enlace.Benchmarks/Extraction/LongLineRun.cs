using System.Globalization;
using Enlace.Benchmarks.Harness;
using Enlace.Extraction;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// Single lines of text (<see cref="LongLine"/>) at each size: if the extractor is linear, seconds per MB stay the same as the line
/// grows. A size that takes longer than <c>--give-up</c> ends the run; larger sizes would take longer still.
/// </summary>
public static class LongLineRun
{
    public static async Task<string> RunAsync(int seed, IReadOnlyList<double> sizes, TimeSpan giveUp)
    {
        var table = new MarkdownTable(["Kind", "Line (MB)", "Wall (s)", "Process CPU (s)", "MB/s (CPU)", "CPU s/MB", "Allocated (MB)", "Peak working set (MB)",
            "Entities", "Figures", "Dates", "Relations", .. ExtractionTelemetry.Stages.Select(s => $"{s} (s)")]);
        foreach (var kind in LongLine.Kinds)
        {
            await RunKindAsync(kind, seed, sizes, giveUp, table);
        }

        return $"One line of text (line breaks replaced by spaces), extracted whole:{Environment.NewLine}{Environment.NewLine}{table}";
    }

    private static async Task RunKindAsync(string kind, int seed, IReadOnlyList<double> sizes, TimeSpan giveUp, MarkdownTable table)
    {
        foreach (var size in sizes.Order())
        {
            var text = LongLine.Build(kind, seed, ExtractionBenchmark.Bytes(size));
            var input = ExtractionBenchmark.Megabytes(ExtractionBenchmark.Utf8Bytes(text));
            var exactPeak = PeakWorkingSet.Reset();
            using var clock = new StageClock();
            var measurement = new Measurement();
            var work = Task.Run(() =>
            {
                measurement.Start();
                var result = Extractor.Extract(text);
                measurement.Stop();
                return result;
            });
            ExtractionResult extraction;
            try
            {
                extraction = await work.WaitAsync(giveUp);
            }
            catch (TimeoutException)
            {
                Console.WriteLine($"  a {input:0.00} MB {kind} line took longer than {giveUp.TotalSeconds:0} s; larger lines are not tried");
                table.Add([kind, input, $"> {giveUp.TotalSeconds:0}", "", "", "", "", "", "", "", "", "", .. ExtractionTelemetry.Stages.Select(_ => "")]);
                return;
            }

            var cpu = measurement.Cpu.TotalSeconds;
            table.Add([kind, input, measurement.Wall.TotalSeconds, cpu, input / cpu, cpu / input, ExtractionBenchmark.Megabytes(measurement.Allocated),
                ExtractionBenchmark.Megabytes(PeakWorkingSet.Read()).ToString("#,0", CultureInfo.InvariantCulture) + (exactPeak ? "" : " (process)"),
                extraction.Entities.Count, extraction.Quantities.Count, extraction.Dates.Count, extraction.Relations.Count,
                .. ExtractionTelemetry.Stages.Select(s => (object)clock.Time(s).TotalSeconds)]);
            Console.WriteLine($"  a {input:0.00} MB {kind} line: {measurement.Wall.TotalSeconds:0.0} s (load average {MachineDescription.LoadAverage()})");
        }
    }
}
