namespace Enlace.Core.Identity;

/// <summary>A pair in the review queue: the "unsure" judgement in force on it (score, who proposed it and why) and both entities.</summary>
public sealed record ReviewEntry(IdentityJudgement Judgement, EntityCard A, EntityCard B);
