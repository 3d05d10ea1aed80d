using Enlace.Core.Access;
using Enlace.Core.Adjudications;
using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Statements;
using Enlace.Core.Storage;
using Enlace.Storage;
using Enlace.Storage.Access;

namespace Enlace.Server.Access;

/// <summary>
/// The statement store as one reader sees it, for the domain services that take an <see cref="IStatementStore"/>
/// (reconciliation, briefs): only the reader's agency, only statements within their clearance, protected people masked,
/// and writes only where their roles allow. A tenant id other than the reader's own sees nothing.
/// </summary>
internal sealed class ScopedStatementStore(SqlStore store, ClearedQueries queries, AccessScope scope, Masking masking) : IStatementStore
{
    public Task<Entity> EnsureEntityAsync(Guid tenantId, EntityKind kind, string name, CancellationToken cancellationToken = default)
    {
        scope.Demand(Permission.Reconcile);
        return store.EnsureEntityAsync(Own(tenantId), kind, name, cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> ListEntitiesAsync(Guid tenantId, EntityKind? kind = null, CancellationToken cancellationToken = default)
    {
        if (tenantId != scope.TenantId)
        {
            return [];
        }

        var entities = await queries.EntitiesAsync(scope, new KnowledgeFilter(Kind: kind), new PageRequest(null, int.MaxValue), cancellationToken);
        return [.. entities.Select(masking.Entity)];
    }

    public Task AddStatementsAsync(Guid tenantId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        scope.Demand(Permission.Reconcile);
        return store.AddStatementsAsync(Own(tenantId), statements, cancellationToken);
    }

    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(Guid tenantId, StatementFilter filter, CancellationToken cancellationToken = default)
    {
        if (tenantId != scope.TenantId)
        {
            return [];
        }

        var statements = await queries.StatementsAsync(
            scope,
            new KnowledgeFilter(Document: filter.DocumentId, Subject: filter.SubjectId, Property: filter.Property, Kind: filter.SubjectKind),
            new PageRequest(null, filter.Limit),
            cancellationToken);
        return [.. statements.Select(masking.Statement)];
    }

    public Task AddAdjudicationAsync(Adjudication adjudication, CancellationToken cancellationToken = default)
    {
        scope.Demand(Permission.Reconcile);
        Own(adjudication.TenantId);
        return store.AddAdjudicationAsync(adjudication, cancellationToken);
    }

    public Task AddJudgementAsync(IdentityJudgement judgement, CancellationToken cancellationToken = default) =>
        AddJudgementsAsync(judgement.TenantId, [judgement], cancellationToken);

    /// <summary>Reconciliation writes judgements with <see cref="Permission.Reconcile"/>; an identity decision by hand needs <see cref="Permission.JudgeIdentities"/>.</summary>
    public Task AddJudgementsAsync(Guid tenantId, IReadOnlyList<IdentityJudgement> judgements, CancellationToken cancellationToken = default)
    {
        if (!scope.Can(Permission.Reconcile))
        {
            scope.Demand(Permission.JudgeIdentities);
        }

        Own(tenantId);
        return judgements.All(j => j.TenantId == tenantId)
            ? store.AddJudgementsAsync(tenantId, judgements, cancellationToken)
            : throw new AccessDeniedException("an agency writes only its own data");
    }

    public async Task<IReadOnlyList<IdentityJudgement>> GetJudgementsAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        tenantId == scope.TenantId && scope.Can(Permission.Read) ? await store.GetJudgementsAsync(tenantId, cancellationToken) : [];

    public async Task<IReadOnlyList<Adjudication>> GetAdjudicationsAsync(Guid tenantId, string? conflictKey = null, CancellationToken cancellationToken = default) =>
        tenantId == scope.TenantId ? await queries.AdjudicationsAsync(scope, conflictKey, cancellationToken) : [];

    private Guid Own(Guid tenantId) =>
        tenantId == scope.TenantId ? tenantId : throw new AccessDeniedException("an agency writes only its own data");
}
