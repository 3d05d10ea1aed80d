namespace Enlace.Core.Documents;

/// <summary>The result of storing one document: its id (new or existing) and whether it was added or already there.</summary>
public sealed record StoredDocument(Guid Id, string Sha256, StoreOutcome Outcome);
