namespace Enlace.Server.Contracts;

/// <summary>Merge entities <paramref name="A"/> and <paramref name="B"/> (of one kind) into one identity, for <paramref name="Reason"/>.</summary>
public sealed record MergeRequest(Guid? A, Guid? B, string? Reason);
