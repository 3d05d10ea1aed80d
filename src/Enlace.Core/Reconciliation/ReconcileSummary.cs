namespace Enlace.Core.Reconciliation;

/// <summary>What one reconciliation run recorded: entity pairs judged the same or left for review, event links and event pairs left for review.</summary>
public sealed record ReconcileSummary(int EntitiesMerged, int EntitiesForReview, int EventsGrouped, int EventsForReview);
