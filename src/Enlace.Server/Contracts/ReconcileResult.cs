using Enlace.Core.Reconciliation;

namespace Enlace.Server.Contracts;

/// <summary>What one reconciliation run recorded: entity pairs judged the same or left for review, event links and event pairs left for review.</summary>
public sealed record ReconcileResult(int EntitiesMerged, int EntitiesForReview, int EventsGrouped, int EventsForReview)
{
    public static ReconcileResult Of(ReconcileSummary s) => new(s.EntitiesMerged, s.EntitiesForReview, s.EventsGrouped, s.EventsForReview);
}
