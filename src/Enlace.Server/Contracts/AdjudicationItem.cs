using Enlace.Core.Adjudications;

namespace Enlace.Server.Contracts;

/// <summary>An analyst's decision on a conflict; the statements it weighed all stay stored.</summary>
public sealed record AdjudicationItem(Guid Id, string ConflictKey, IReadOnlyList<Guid> StatementIds, Guid? ChosenStatementId, string Reason, string Analyst, DateTimeOffset CreatedAt)
{
    public static AdjudicationItem Of(Adjudication a) => new(a.Id, a.ConflictKey, a.StatementIds, a.ChosenStatementId, a.Reason, a.Analyst, a.CreatedAt);
}
