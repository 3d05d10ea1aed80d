namespace Enlace.Core.Reconciliation;

/// <summary>What event grouping proposes: the links to record as "same", and the pairs left for an analyst to review.</summary>
public sealed record EventGrouping(IReadOnlyList<EventLink> Links, IReadOnlyList<EventLink> ForReview);
