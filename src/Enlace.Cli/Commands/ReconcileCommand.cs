using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Reconciliation;
using Enlace.Extraction.Gazetteers;
using Enlace.Storage;

namespace Enlace.Cli.Commands;

/// <summary>`enlace reconcile`: resolve the entities reports name and group what they say about the same happening into events.</summary>
public static class ReconcileCommand
{
    public static Command Create()
    {
        var command = new Command("reconcile", "Resolve names across reports and group reports of the same happening into events (ingest does this too)");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var summary = await RunAsync(session.Store, session.TenantId, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new
                {
                    entities_merged = summary.EntitiesMerged,
                    entities_for_review = summary.EntitiesForReview,
                    grouped = summary.EventsGrouped,
                    for_review = summary.EventsForReview,
                });
            }
            else
            {
                Console.Out.WriteLine($"{summary.EntitiesMerged} name pair(s) resolved as the same entity, {summary.EntitiesForReview} left for review; " +
                    $"{summary.EventsGrouped} report pair(s) grouped into events, {summary.EventsForReview} left for review (see `enlace identities review`)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Task<ReconcileSummary> RunAsync(SqlStore store, Guid tenant, CancellationToken cancellationToken) =>
        Reconciler(store).ReconcileAsync(tenant, cancellationToken);

    /// <summary>Reconciliation as every command runs it: with the extraction gazetteer for known names and place sizes.</summary>
    internal static Reconciler Reconciler(SqlStore store) => new(store, TimeProvider.System, GazetteerNames.Instance, GazetteerNames.Instance);
}
