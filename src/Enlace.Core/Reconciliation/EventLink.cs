namespace Enlace.Core.Reconciliation;

/// <summary>Two reported happenings and how they match.</summary>
public sealed record EventLink(EventEvidence A, EventEvidence B, EventMatch Match);
