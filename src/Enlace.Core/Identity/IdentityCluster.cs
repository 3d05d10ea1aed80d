namespace Enlace.Core.Identity;

/// <summary>
/// Everything one entity is taken to be: the members of its identity cluster, the "same" judgements that joined them,
/// and the other judgements in force on its members (pairs ruled apart, pairs waiting for review, links set aside
/// because they would join a pair ruled apart).
/// </summary>
public sealed record IdentityCluster(
    EntityCard Entity,
    IReadOnlyList<EntityCard> Members,
    IReadOnlyList<IdentityJudgement> Links,
    IReadOnlyList<IdentityJudgement> Other);
