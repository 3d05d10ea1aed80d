using Enlace.Core.Identity;

namespace Enlace.Server.Contracts;

/// <summary>
/// One identity judgement: whether entities <paramref name="A"/> and <paramref name="B"/> are one (same, not_same or
/// unsure), how sure (1 for an analyst's), who judged (the resolver, the reconciler or an analyst) and why.
/// </summary>
public sealed record JudgementItem(Guid Id, Guid A, Guid B, string Verdict, double Score, string JudgedBy, string Reason, DateTimeOffset At)
{
    public static JudgementItem Of(IdentityJudgement j) => new(j.Id, j.A, j.B, VerdictNames.Of(j.Verdict), Math.Round(j.Score, 3), j.JudgedBy, j.Reason, j.At);
}
