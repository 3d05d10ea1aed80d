namespace Enlace.Server.Contracts;

/// <summary>What became of an uploaded report: "added" with its statements, or "unchanged" when the agency already held these bytes.</summary>
public sealed record UploadOutcome(string Status, Guid DocumentId, string Language, int Statements);
