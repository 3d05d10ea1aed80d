namespace Enlace.Server.Contracts;

/// <summary>A pair in the identity review queue: the "unsure" judgement in force on it (score, who proposed it and why) and both entities.</summary>
public sealed record ReviewItem(JudgementItem Judgement, IdentityCardItem A, IdentityCardItem B);
