using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Reconciliation;
using Enlace.Storage;

namespace Enlace.Cli.Commands;

/// <summary>`enlace reconcile`: group what different reports say about the same happening into events.</summary>
public static class ReconcileCommand
{
    public static Command Create()
    {
        var command = new Command("reconcile", "Group reports of the same happening into events (ingest does this too)");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var (store, tenant) = (session.Store, session.TenantId);
            var (grouped, review) = await RunAsync(store, tenant, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new { grouped, for_review = review });
            }
            else
            {
                Console.Out.WriteLine($"{grouped} report pair(s) grouped into events, {review} pair(s) left for review");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Task<(int Grouped, int ForReview)> RunAsync(SqlStore store, Guid tenant, CancellationToken cancellationToken) =>
        new Reconciler(store, TimeProvider.System).GroupEventsAsync(tenant, cancellationToken);
}
