using Enlace.Core.Documents;

namespace Enlace.Core.Storage;

/// <summary>
/// Documents and their full-text index. The seam between the domain and the two storage engines (embedded SQLite,
/// server PostgreSQL); every call is scoped to one tenant.
/// </summary>
public interface IDocumentStore
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Engine { get; }

    Task<Guid> EnsureTenantAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a batch in one transaction: each document with its original bytes, its index entry and its statements,
    /// or nothing at all. A document whose bytes the tenant already holds is reported as unchanged.
    /// </summary>
    Task<IReadOnlyList<StoredDocument>> AddDocumentsAsync(Guid tenantId, IReadOnlyList<NewDocument> batch, CancellationToken cancellationToken = default);

    /// <summary>The id of the tenant's document with these bytes, if it has one.</summary>
    Task<Guid?> FindBySha256Async(Guid tenantId, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Which of these hashes the tenant already holds, with the documents' ids: one round trip for a batch.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindBySha256Async(Guid tenantId, IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default);

    Task<Document?> GetDocumentAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken = default);

    Task<byte[]?> GetOriginalAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken = default);

    Task<long> CountDocumentsAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Document>> ListDocumentsAsync(Guid tenantId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Accent-insensitive full-text search in Spanish and English, best matches first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(Guid tenantId, SearchQuery query, CancellationToken cancellationToken = default);
}
