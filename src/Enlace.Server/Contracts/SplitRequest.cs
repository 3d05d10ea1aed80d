namespace Enlace.Server.Contracts;

/// <summary>Take <paramref name="Member"/> out of the identity of <paramref name="Entity"/>, for <paramref name="Reason"/>.</summary>
public sealed record SplitRequest(Guid? Entity, Guid? Member, string? Reason);
