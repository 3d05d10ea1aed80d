using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Identity;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>`enlace identities review`: the pairs the resolver or the reconciler proposed as perhaps the same, likeliest first.</summary>
internal static class IdentitiesReviewCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "Most pairs to show", DefaultValueFactory = _ => 100 };
        var command = new Command("review", "List the review queue: pairs proposed as perhaps the same, with score, reasons and reports") { limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var queue = await new IdentityReview(session.Store, TimeProvider.System).QueueAsync(session.TenantId, cancellationToken);
            var files = await IdentitiesCommand.FilesAsync(session.Store, session.TenantId, cancellationToken);
            var shown = queue.Take(Math.Max(1, parse.GetValue(limit))).ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(shown.Select(e => new
                {
                    judgement = e.Judgement.Id,
                    score = Math.Round(e.Judgement.Score, 3),
                    reason = e.Judgement.Reason,
                    proposed_by = e.Judgement.JudgedBy,
                    proposed_at = e.Judgement.At,
                    a = IdentitiesCommand.CardJson(e.A, files),
                    b = IdentitiesCommand.CardJson(e.B, files),
                }));
                return ExitCodes.Success;
            }

            if (shown.Count == 0)
            {
                Terminal.Out.MarkupLine("[green]nothing to review[/]");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"{queue.Count} pair(s) to review")
                .AddColumns("score", "kind", "A", "B", "why", "by", "reports");
            foreach (var entry in shown)
            {
                table.AddRow(
                    entry.Judgement.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    entry.A.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape($"{IdentitiesCommand.Short(entry.A.Id)} {entry.A.Name}"),
                    Markup.Escape($"{IdentitiesCommand.Short(entry.B.Id)} {entry.B.Name}"),
                    Markup.Escape(entry.Judgement.Reason),
                    Markup.Escape(entry.Judgement.JudgedBy),
                    Markup.Escape(string.Join(", ", entry.A.Documents.Concat(entry.B.Documents).Distinct().Select(d => files.GetValueOrDefault(d, "?")).Take(6))));
            }

            Terminal.Out.Write(table);
            Terminal.Out.MarkupLine("[grey]decide with `enlace identities merge A B --reason \"…\"` or `enlace identities split A B --reason \"…\"`[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
