namespace Enlace.Server.Contracts;

/// <summary>
/// Everything one entity is taken to be: the members of its identity (itself alone when unmerged), the "same"
/// judgements that joined them, and the other judgements in force on its members (pairs ruled apart, pairs awaiting
/// review, links set aside because they would join a pair ruled apart), newest first.
/// </summary>
public sealed record IdentityClusterItem(IdentityCardItem Entity, IReadOnlyList<IdentityCardItem> Members, IReadOnlyList<JudgementItem> Links, IReadOnlyList<JudgementItem> Other);
