using System.Data.Common;
using System.Text.Json;
using Enlace.Core.Adjudications;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Markings;
using Enlace.Core.Statements;
using Enlace.Core.Storage;
using Enlace.Storage.Migrations;

namespace Enlace.Storage;

/// <summary>
/// The SQL shared by both engines. Each engine overrides only what truly differs: how a connection opens, how a
/// document enters the full-text index, and how a search query runs.
/// </summary>
public abstract class SqlStore : IDocumentStore, IStatementStore, IAsyncDisposable
{
    private const string DocumentColumns =
        "id, tenant_id, source_id, sha256, file_name, media_type, title, language, published_on, text, size_bytes, tlp, handling, ingested_at";

    /// <summary>How many of the newest matching documents a search ranks; older matches of very common words are not ranked.</summary>
    public const int RankingWindow = 2000;

    public abstract string Engine { get; }

    /// <summary>The folder of embedded migration scripts for this engine.</summary>
    private protected abstract string MigrationsFolder { get; }

    /// <summary>Brings the schema up to the newest version; returns how many migrations ran.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Migrator.MigrateAsync(connection, MigrationsFolder, cancellationToken);
    }

    public async Task<Guid> EnsureTenantAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO tenants (id, name, created_at) VALUES (@id, @name, @at) ON CONFLICT (name) DO NOTHING";
        insert.AddParameter("id", Guid.CreateVersion7());
        insert.AddParameter("name", name);
        insert.AddParameter("at", Timestamp(DateTimeOffset.UtcNow));
        await insert.ExecuteNonQueryAsync(cancellationToken);

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT id FROM tenants WHERE name = @name";
        select.AddParameter("name", name);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetGuid(0);
    }

    public async Task<IReadOnlyList<StoredDocument>> AddDocumentsAsync(
        Guid tenantId, IReadOnlyList<NewDocument> batch, CancellationToken cancellationToken = default)
    {
        var results = new List<StoredDocument>(batch.Count);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        foreach (var document in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inserted = await InsertDocumentAsync(connection, transaction, tenantId, document, now, cancellationToken);
            if (!inserted)
            {
                var existing = await FindBySha256Async(connection, transaction, tenantId, document.Sha256, cancellationToken);
                results.Add(new StoredDocument(existing ?? document.Id, document.Sha256, StoreOutcome.Unchanged));
                continue;
            }

            await using (var original = connection.CreateCommand())
            {
                original.Transaction = transaction;
                original.CommandText = "INSERT INTO document_originals (document_id, bytes) VALUES (@id, @bytes)";
                original.AddParameter("id", document.Id);
                original.AddParameter("bytes", document.Original.ToArray());
                await original.ExecuteNonQueryAsync(cancellationToken);
            }

            // An entity the tenant already holds keeps its id; statements are pointed at it.
            var entityIds = new Dictionary<Guid, Guid>();
            foreach (var entity in document.Entities)
            {
                entityIds[entity.Id] = await EnsureEntityAsync(connection, transaction, entity with { TenantId = tenantId }, cancellationToken);
            }

            var statements = document.Statements.Select(s => s with
            {
                TenantId = tenantId,
                DocumentId = document.Id,
                SubjectId = entityIds.GetValueOrDefault(s.SubjectId, s.SubjectId),
                Value = s.Value is EntityValue reference ? new EntityValue(entityIds.GetValueOrDefault(reference.EntityId, reference.EntityId)) : s.Value,
            }).ToList();
            await InsertStatementsAsync(connection, transaction, statements, cancellationToken);
            results.Add(new StoredDocument(document.Id, document.Sha256, StoreOutcome.Added));
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async Task<Guid?> FindBySha256Async(Guid tenantId, string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindBySha256Async(connection, null, tenantId, sha256, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> FindBySha256Async(Guid tenantId, IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (sha256s.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        foreach (var chunk in sha256s.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.CreateCommand();
            command.AddParameter("tenant", tenantId);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.AddParameter("h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), chunk[i]);
            }

            command.CommandText = "SELECT sha256, id FROM documents WHERE tenant_id = @tenant AND sha256 IN (" +
                string.Join(", ", Enumerable.Range(0, chunk.Length).Select(i => "@h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        return found;
    }

    public async Task<Document?> GetDocumentAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var documents = await QueryDocumentsAsync(
            $"SELECT {DocumentColumns} FROM documents WHERE tenant_id = @tenant AND id = @id",
            command => command.AddParameter("id", documentId),
            tenantId,
            cancellationToken);
        return documents.Count > 0 ? documents[0] : null;
    }

    public Task<IReadOnlyList<Document>> ListDocumentsAsync(Guid tenantId, int limit, CancellationToken cancellationToken = default) =>
        QueryDocumentsAsync(
            $"SELECT {DocumentColumns} FROM documents WHERE tenant_id = @tenant ORDER BY ingested_at, id LIMIT @limit",
            command => command.AddParameter("limit", limit),
            tenantId,
            cancellationToken);

    public async Task<byte[]?> GetOriginalAsync(Guid tenantId, Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT o.bytes FROM document_originals o JOIN documents d ON d.id = o.document_id WHERE d.tenant_id = @tenant AND d.id = @id";
        command.AddParameter("tenant", tenantId);
        command.AddParameter("id", documentId);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<long> CountDocumentsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents WHERE tenant_id = @tenant";
        command.AddParameter("tenant", tenantId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(Guid tenantId, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var parsed = FullTextQuery.Parse(query.Text);
        if (parsed.IsEmpty || query.Limit <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var filters = "d.tenant_id = @tenant";
        command.AddParameter("tenant", tenantId);
        command.AddParameter("limit", query.Limit);
        if (query.Language is { } language)
        {
            filters += " AND d.language = @language";
            command.AddParameter("language", language);
        }

        if (query.PublishedFrom is { } from)
        {
            filters += " AND d.published_on >= @from";
            command.AddParameter("from", DateParameter(from));
        }

        if (query.PublishedTo is { } to)
        {
            filters += " AND d.published_on <= @to";
            command.AddParameter("to", DateParameter(to));
        }

        PrepareSearch(command, parsed, filters);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetNullable<string>(2),
                reader.GetString(3),
                reader.GetNullableValue<DateOnly>(4),
                reader.GetString(5),
                reader.GetDouble(6)));
        }

        return hits;
    }

    public async Task<Entity> EnsureEntityAsync(Guid tenantId, EntityKind kind, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var candidate = new Entity(Guid.CreateVersion7(), tenantId, kind, name, DateTimeOffset.UtcNow);
        var id = await EnsureEntityAsync(connection, null, candidate, cancellationToken);
        return candidate with { Id = id };
    }

    public async Task<IReadOnlyList<Entity>> ListEntitiesAsync(Guid tenantId, EntityKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, name, created_at FROM entities WHERE tenant_id = @tenant" +
            (kind is null ? "" : " AND kind = @kind") + " ORDER BY name";
        command.AddParameter("tenant", tenantId);
        command.AddParameter("kind", kind?.ToString().ToLowerInvariant());
        var entities = new List<Entity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entities.Add(new Entity(reader.GetGuid(0), tenantId, Enum.Parse<EntityKind>(reader.GetString(1), ignoreCase: true),
                reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return entities;
    }

    public async Task AddStatementsAsync(Guid tenantId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.TenantId != tenantId))
        {
            throw new ArgumentException("every statement must belong to the tenant it is stored for", nameof(statements));
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertStatementsAsync(connection, transaction, statements, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(Guid tenantId, StatementFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var sql = $"SELECT {StatementColumns.Names} FROM statements WHERE tenant_id = @tenant";
        command.AddParameter("tenant", tenantId);
        if (filter.DocumentId is { } documentId)
        {
            sql += " AND document_id = @document";
            command.AddParameter("document", documentId);
        }

        if (filter.SubjectId is { } subjectId)
        {
            sql += " AND subject_id = @subject";
            command.AddParameter("subject", subjectId);
        }

        if (filter.SubjectKind is { } kind)
        {
            sql += " AND subject_id IN (SELECT id FROM entities WHERE tenant_id = @tenant AND kind = @kind)";
            command.AddParameter("kind", kind.ToString().ToLowerInvariant());
        }

        if (filter.Property is { } property)
        {
            sql += " AND property = @property";
            command.AddParameter("property", property);
        }

        command.CommandText = sql + " ORDER BY created_at, id LIMIT @limit";
        command.AddParameter("limit", filter.Limit);
        var statements = new List<Statement>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statements.Add(StatementColumns.Read(reader));
        }

        return statements;
    }

    public async Task AddAdjudicationAsync(Adjudication adjudication, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adjudication.Reason);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO adjudications (id, tenant_id, conflict_key, statement_ids, chosen_statement_id, reason, analyst, created_at) " +
            "VALUES (@id, @tenant, @key, @ids, @chosen, @reason, @analyst, @at)";
        command.AddParameter("id", adjudication.Id);
        command.AddParameter("tenant", adjudication.TenantId);
        command.AddParameter("key", adjudication.ConflictKey);
        command.AddParameter("ids", JsonSerializer.Serialize(adjudication.StatementIds));
        command.AddParameter("chosen", adjudication.ChosenStatementId);
        command.AddParameter("reason", adjudication.Reason);
        command.AddParameter("analyst", adjudication.Analyst);
        command.AddParameter("at", Timestamp(adjudication.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task AddJudgementAsync(IdentityJudgement judgement, CancellationToken cancellationToken = default) =>
        AddJudgementsAsync(judgement.TenantId, [judgement], cancellationToken);

    public async Task AddJudgementsAsync(Guid tenantId, IReadOnlyList<IdentityJudgement> judgements, CancellationToken cancellationToken = default)
    {
        if (judgements.Count == 0)
        {
            return;
        }

        foreach (var judgement in judgements)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(judgement.Reason);
            if (judgement.TenantId != tenantId)
            {
                throw new ArgumentException("every judgement must belong to the tenant it is stored for", nameof(judgements));
            }
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // The entities must be the tenant's own: a judgement can never reach into another agency's entities.
        command.CommandText =
            "INSERT INTO identity_judgements (id, tenant_id, entity_a, entity_b, verdict, score, judged_by, reason, judged_at) " +
            "SELECT @id, @tenant, @a, @b, @verdict, @score, @by, @reason, @at " +
            "WHERE (SELECT COUNT(*) FROM entities WHERE tenant_id = @tenant AND id IN (@a, @b)) = 2";
        foreach (var judgement in judgements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            command.Parameters.Clear();
            command.AddParameter("id", judgement.Id);
            command.AddParameter("tenant", judgement.TenantId);
            command.AddParameter("a", judgement.A);
            command.AddParameter("b", judgement.B);
            command.AddParameter("verdict", VerdictName(judgement.Verdict));
            command.AddParameter("score", judgement.Score);
            command.AddParameter("by", judgement.JudgedBy);
            command.AddParameter("reason", judgement.Reason);
            command.AddParameter("at", Timestamp(judgement.At));
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // Disposing the transaction uncommitted rolls back the judgements already inserted.
                throw new ArgumentException("both entities of a judgement must belong to its tenant", nameof(judgements));
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IdentityJudgement>> GetJudgementsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, entity_a, entity_b, verdict, score, judged_by, reason, judged_at FROM identity_judgements " +
            "WHERE tenant_id = @tenant ORDER BY judged_at, id";
        command.AddParameter("tenant", tenantId);
        var judgements = new List<IdentityJudgement>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            judgements.Add(new IdentityJudgement(
                reader.GetGuid(0),
                tenantId,
                reader.GetGuid(1),
                reader.GetGuid(2),
                reader.GetString(3) switch { "same" => Verdict.Same, "not_same" => Verdict.NotSame, _ => Verdict.Unsure },
                reader.GetDouble(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return judgements;
    }

    public async Task<IReadOnlyList<Adjudication>> GetAdjudicationsAsync(Guid tenantId, string? conflictKey = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, conflict_key, statement_ids, chosen_statement_id, reason, analyst, created_at FROM adjudications " +
            "WHERE tenant_id = @tenant" + (conflictKey is null ? "" : " AND conflict_key = @key") + " ORDER BY created_at, id";
        command.AddParameter("tenant", tenantId);
        command.AddParameter("key", conflictKey);
        var adjudications = new List<Adjudication>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            adjudications.Add(new Adjudication(
                reader.GetGuid(0),
                tenantId,
                reader.GetString(1),
                JsonSerializer.Deserialize<List<Guid>>(reader.GetString(2)) ?? [],
                reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return adjudications;
    }

    public abstract ValueTask DisposeAsync();

    private static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Same => "same",
        Verdict.NotSame => "not_same",
        _ => "unsure",
    };

    // For the account and access queries under Access/, which share this store's connections and value conversions.
    internal Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    internal object TimestampArgument(DateTimeOffset value) => Timestamp(value);

    internal object? DateArgument(DateOnly? value) => DateParameter(value);

    internal void PrepareSearchCommand(DbCommand command, FullTextQuery query, string filters) => PrepareSearch(command, query, filters);

    private protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Inserts the document row and its full-text entry unless the tenant already has these bytes.</summary>
    private protected abstract Task<bool> InsertDocumentAsync(
        DbConnection connection, DbTransaction transaction, Guid tenantId, NewDocument document, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets the command's text to the engine's search over documents matching <paramref name="filters"/>.</summary>
    private protected abstract void PrepareSearch(DbCommand command, FullTextQuery query, string filters);

    private protected virtual object Timestamp(DateTimeOffset value) => value;

    private protected virtual object? DateParameter(DateOnly? value) => value;

    private protected static void BindDocument(DbCommand command, Guid tenantId, NewDocument document, object ingestedAt, object? publishedOn)
    {
        command.AddParameter("id", document.Id);
        command.AddParameter("tenant", tenantId);
        command.AddParameter("source", document.SourceId);
        command.AddParameter("sha256", document.Sha256);
        command.AddParameter("file_name", document.FileName);
        command.AddParameter("media_type", document.MediaType);
        command.AddParameter("title", document.Title);
        command.AddParameter("language", document.Language);
        command.AddParameter("published_on", publishedOn);
        command.AddParameter("text", document.Text);
        command.AddParameter("size_bytes", (long)document.Original.Length);
        command.AddParameter("tlp", (short)document.Marking.Tlp);
        command.AddParameter("handling", (short)document.Marking.Handling);
        command.AddParameter("ingested_at", ingestedAt);
    }

    private protected const string InsertDocumentColumns = DocumentColumns;

    private protected const string InsertDocumentValues =
        "@id, @tenant, @source, @sha256, @file_name, @media_type, @title, @language, @published_on, @text, @size_bytes, @tlp, @handling, @ingested_at";

    private async Task InsertStatementsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StatementColumns.InsertSql;
        foreach (var statement in statements)
        {
            StatementColumns.Bind(command, statement, Timestamp, DateParameter);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<Guid> EnsureEntityAsync(DbConnection connection, DbTransaction? transaction, Entity entity, CancellationToken cancellationToken)
    {
        var kind = entity.Kind.ToString().ToLowerInvariant();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO entities (id, tenant_id, kind, name, created_at) VALUES (@id, @tenant, @kind, @name, @at) " +
                "ON CONFLICT (tenant_id, kind, name) DO NOTHING";
            insert.AddParameter("id", entity.Id);
            insert.AddParameter("tenant", entity.TenantId);
            insert.AddParameter("kind", kind);
            insert.AddParameter("name", entity.Name);
            insert.AddParameter("at", Timestamp(entity.CreatedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT id FROM entities WHERE tenant_id = @tenant AND kind = @kind AND name = @name";
        select.AddParameter("tenant", entity.TenantId);
        select.AddParameter("kind", kind);
        select.AddParameter("name", entity.Name);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetGuid(0) : throw new InvalidOperationException("entity vanished");
    }

    private static async Task<Guid?> FindBySha256Async(DbConnection connection, DbTransaction? transaction, Guid tenantId, string sha256, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM documents WHERE tenant_id = @tenant AND sha256 = @sha256";
        command.AddParameter("tenant", tenantId);
        command.AddParameter("sha256", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetGuid(0) : null;
    }

    private async Task<IReadOnlyList<Document>> QueryDocumentsAsync(string sql, Action<DbCommand> bind, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("tenant", tenantId);
        bind(command);
        var documents = new List<Document>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new Document(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetNullable<string>(6),
                reader.GetString(7),
                reader.GetNullableValue<DateOnly>(8),
                reader.GetString(9),
                reader.GetInt64(10),
                new Marking((Tlp)reader.GetInt32(11), (HandlingCode)reader.GetInt32(12)),
                reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return documents;
    }
}
