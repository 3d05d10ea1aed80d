namespace Enlace.Server.Contracts;

/// <summary>Grade <paramref name="Source"/> (as the sources list names it) <paramref name="Reliability"/> (A–F), for <paramref name="Reason"/>.</summary>
public sealed record SourceGradeRequest(string? Source, string? Reliability, string? Reason);
