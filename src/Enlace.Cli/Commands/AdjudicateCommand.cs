using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Adjudications;
using Enlace.Core.Reconciliation;

namespace Enlace.Cli.Commands;

/// <summary>
/// `enlace adjudicate KEY --choose STATEMENT --reason "…"`: an analyst settles a conflict. Every side stays stored;
/// the decision is recorded on top and shown beside the alternatives.
/// </summary>
public static class AdjudicateCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("conflict") { Description = "The conflict key `enlace conflicts --json` shows (event/measure…)" };
        var choose = new Option<string>("--choose") { Description = "Id (or its first or last digits) of the statement held true", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, in words a prosecutor could read", Required = true };
        var analyst = new Option<string>("--analyst") { Description = "Who decides", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("adjudicate", "Settle a conflict by choosing a value, with a reason; all sides are kept") { key, choose, reason, analyst };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(reason)))
            {
                Terminal.Fail("an adjudication needs a reason");
                return ExitCodes.Usage;
            }

            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var (store, tenant) = (session.Store, session.TenantId);
            var events = await ReconcileCommand.Reconciler(store).EventsAsync(tenant, cancellationToken);
            var wanted = parse.GetValue(key) ?? "";
            var conflict = events.SelectMany(e => e.Conflicts).FirstOrDefault(f => f.ConflictKey == wanted);
            if (conflict is null)
            {
                Terminal.Fail($"no open or settled conflict has the key {wanted}; see `enlace conflicts --json`");
                return ExitCodes.Usage;
            }

            var prefix = (parse.GetValue(choose) ?? "").Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            // Statements stored in one batch share the first digits of their ids, so an id's ending names it as well as its start.
            var chosen = conflict.Agreement.Statements.Where(s => s.Id.ToString("N").StartsWith(prefix, StringComparison.Ordinal) || s.Id.ToString("N").EndsWith(prefix, StringComparison.Ordinal)).ToList();
            if (prefix.Length == 0 || chosen.Count != 1)
            {
                Terminal.Fail($"--choose must name one of this conflict's statements: {string.Join(", ", conflict.Agreement.Statements.Select(s => s.Id))}");
                return ExitCodes.Usage;
            }

            var adjudication = new Adjudication(
                Guid.CreateVersion7(),
                tenant,
                conflict.ConflictKey,
                [.. conflict.Agreement.Statements.Select(s => s.Id)],
                chosen[0].Id,
                parse.GetValue(reason) ?? "",
                parse.GetValue(analyst) ?? Environment.UserName,
                DateTimeOffset.UtcNow);
            await store.AddAdjudicationAsync(adjudication, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(adjudication);
            }
            else
            {
                Console.Out.WriteLine($"adjudicated {conflict.EventLabel} / {conflict.Key?.ToString() ?? "date"}: {ConflictsCommand.ValueText(chosen[0])} ({adjudication.Reason}); {conflict.Agreement.Statements.Count - 1} alternative(s) kept");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
