namespace Enlace.Core.Identity;

/// <summary>A merge or split that cannot be recorded as asked: no reason, one entity twice, different kinds, or a merge a "not same" judgement blocks.</summary>
public sealed class IdentityDecisionException(string message) : Exception(message);
