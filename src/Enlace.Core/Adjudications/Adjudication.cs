namespace Enlace.Core.Adjudications;

/// <summary>
/// An analyst's decision on a conflict between statements: the value they hold true and why. The competing
/// statements stay in the store; the adjudication is recorded on top of them.
/// </summary>
public sealed record Adjudication(
    Guid Id,
    Guid TenantId,
    string ConflictKey,
    IReadOnlyList<Guid> StatementIds,
    Guid? ChosenStatementId,
    string Reason,
    string Analyst,
    DateTimeOffset CreatedAt);
