namespace Enlace.Core.Identity;

/// <summary>
/// Someone's (or the resolver's) decision on whether two entities are one, with a score and a reason. Judgements are
/// append-only: a later judgement on the same pair supersedes an earlier one, which is how a merge is undone.
/// Judgements never cross tenants: each agency keeps its own identity decisions over shared evidence.
/// </summary>
public sealed record IdentityJudgement(
    Guid Id,
    Guid TenantId,
    Guid A,
    Guid B,
    Verdict Verdict,
    double Score,
    string JudgedBy,
    string Reason,
    DateTimeOffset At)
{
    /// <summary>The pair in a fixed order, so (a, b) and (b, a) are one pair.</summary>
    public (Guid, Guid) Pair => A.CompareTo(B) <= 0 ? (A, B) : (B, A);
}
