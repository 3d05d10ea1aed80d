namespace Enlace.Server.Contracts;

/// <summary>Settle the conflict <paramref name="ConflictKey"/> by holding <paramref name="ChosenStatementId"/> true, for <paramref name="Reason"/>.</summary>
public sealed record AdjudicationRequest(string ConflictKey, Guid ChosenStatementId, string Reason);
