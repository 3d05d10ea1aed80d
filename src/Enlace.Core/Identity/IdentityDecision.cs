namespace Enlace.Core.Identity;

/// <summary>
/// An analyst's merge or split as recorded, with the older "same" links it set aside: links that would now join two
/// entities judged not the same (the newer decision wins; the links stay stored and count again if it is reversed).
/// </summary>
public sealed record IdentityDecision(IdentityJudgement Judgement, IReadOnlyList<IdentityJudgement> SetAside);
