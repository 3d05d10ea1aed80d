namespace Enlace.Server.Contracts;

/// <summary>A judgement as recorded, with the older "same" links it set aside (they stay stored and count again if it is reversed).</summary>
public sealed record IdentityDecisionItem(JudgementItem Judgement, IReadOnlyList<JudgementItem> SetAside);
