namespace Enlace.Server.Contracts;

/// <summary>An analyst's judgement on entities <paramref name="A"/> and <paramref name="B"/>: verdict same, not_same or unsure, and why.</summary>
public sealed record JudgementRequest(Guid? A, Guid? B, string? Verdict, string? Reason);
