namespace Enlace.Core.Identity;

/// <summary>
/// The resolver's suggestion that two entities of one tenant are the same (or may be), with the score and reason an
/// analyst sees. It is a proposal, not a judgement: <see cref="AsJudgement"/> records it when someone accepts it.
/// </summary>
public readonly record struct ProposedMatch(Guid TenantId, Guid A, Guid B, MatchScore Match)
{
    public double Score => Match.Score;

    public string Reason => Match.Reason;

    public Verdict Suggested => Match.Score >= ResolutionBands.SameAt ? Verdict.Same : Verdict.Unsure;

    public IdentityJudgement AsJudgement(Guid id, string judgedBy, DateTimeOffset at) =>
        new(id, TenantId, A, B, Suggested, Score, judgedBy, Reason, at);
}
