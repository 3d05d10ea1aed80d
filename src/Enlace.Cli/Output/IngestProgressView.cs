using System.Globalization;
using Enlace.Ingest;
using Spectre.Console;

namespace Enlace.Cli.Output;

/// <summary>A live progress bar for long ingests: files done, rate, failures and time left, drawn on stderr.</summary>
public static class IngestProgressView
{
    public static async Task<IngestSummary> RunAsync(IngestPipeline pipeline, IngestPlan plan, bool show, CancellationToken cancellationToken)
    {
        if (!show || plan.Files.Count < 2)
        {
            return await pipeline.RunAsync(plan, null, cancellationToken);
        }

        return await Terminal.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingesting", maxValue: plan.Files.Count);
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.Value = p.Done;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{p.Done}/{p.Total} files, {p.FilesPerSecond:0}/s, {p.Failed} failed");
                });
                return await pipeline.RunAsync(plan, progress, cancellationToken);
            });
    }
}
