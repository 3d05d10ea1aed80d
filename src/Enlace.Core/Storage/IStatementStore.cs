using Enlace.Core.Adjudications;
using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Statements;

namespace Enlace.Core.Storage;

/// <summary>Entities, statements and adjudications. Statements and adjudications are append-only: the engines refuse updates and deletes.</summary>
public interface IStatementStore
{
    /// <summary>Returns the tenant's entity of this kind and exact name, creating it if needed.</summary>
    Task<Entity> EnsureEntityAsync(Guid tenantId, EntityKind kind, string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Entity>> ListEntitiesAsync(Guid tenantId, EntityKind? kind = null, CancellationToken cancellationToken = default);

    Task AddStatementsAsync(Guid tenantId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Statement>> GetStatementsAsync(Guid tenantId, StatementFilter filter, CancellationToken cancellationToken = default);

    Task AddAdjudicationAsync(Adjudication adjudication, CancellationToken cancellationToken = default);

    /// <summary>Records a judgement; both entities must belong to the judgement's tenant.</summary>
    Task AddJudgementAsync(IdentityJudgement judgement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the judgements of one run (a reconciliation, an event grouping) together: all of them or, if any names an
    /// entity outside the tenant, none.
    /// </summary>
    Task AddJudgementsAsync(Guid tenantId, IReadOnlyList<IdentityJudgement> judgements, CancellationToken cancellationToken = default);

    /// <summary>Every identity judgement of the tenant, oldest first.</summary>
    Task<IReadOnlyList<IdentityJudgement>> GetJudgementsAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Adjudication>> GetAdjudicationsAsync(Guid tenantId, string? conflictKey = null, CancellationToken cancellationToken = default);
}
