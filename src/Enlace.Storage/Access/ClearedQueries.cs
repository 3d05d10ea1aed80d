using System.Data.Common;
using Enlace.Core.Access;
using Enlace.Core.Adjudications;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Markings;
using Enlace.Core.Statements;

namespace Enlace.Storage.Access;

/// <summary>
/// Reads that can only run under an <see cref="AccessScope"/>: the scope's tenant and TLP clearance are part of every
/// query's SQL, in the outer query and in every sub-query a filter adds, so neither a filter nor a cursor can reach an
/// item the scope may not read, nor tell that one exists. A scope that reads nothing gets nothing.
/// </summary>
public sealed class ClearedQueries(SqlStore store)
{
    private const string DocumentSummaryColumns =
        "d.id, d.file_name, d.media_type, d.title, d.language, d.published_on, d.size_bytes, d.tlp, d.handling, d.ingested_at";

    // Statements visible to the scope; every sub-query below starts from this.
    private const string Visible = "tenant_id = @tenant AND tlp <= @ceiling";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (long Stamp, ProtectedPeople People)> _protectedPeople = new();

    public async Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(AccessScope scope, KnowledgeFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (!Readable(scope, out var ceiling))
        {
            return [];
        }

        var sql = new SqlBuilder("d.tenant_id = @tenant AND d.tlp <= @ceiling");
        sql.Bind("tenant", scope.TenantId).Bind("ceiling", (short)ceiling);
        if (filter.Entity is { } entity)
        {
            sql.Where($"d.id IN (SELECT document_id FROM statements WHERE {Visible} AND (subject_id = @entity OR ref_entity_id = @entity))").Bind("entity", entity);
        }

        if (filter.Place is { } place)
        {
            sql.Where($"d.id IN (SELECT document_id FROM statements WHERE {Visible} AND ref_entity_id = @place)").Bind("place", place);
        }

        if (filter.From is { } from)
        {
            sql.Where("d.published_on >= @from").Bind("from", store.DateArgument(from));
        }

        if (filter.To is { } to)
        {
            sql.Where("d.published_on <= @to").Bind("to", store.DateArgument(to));
        }

        if (filter.Tlp is { } tlp)
        {
            sql.Where("d.tlp = @tlp").Bind("tlp", (short)tlp);
        }

        Page(sql, "d.id", page);
        return await ReadAsync($"SELECT {DocumentSummaryColumns} FROM documents d WHERE {sql.Conditions} ORDER BY d.id LIMIT @limit", sql, ReadSummary, cancellationToken);
    }

    public async Task<Document?> DocumentAsync(AccessScope scope, Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = Readable(scope, out _) ? await store.GetDocumentAsync(scope.TenantId, documentId, cancellationToken) : null;
        return document is not null && scope.MayRead(document.Marking) ? document : null;
    }

    public async Task<byte[]?> OriginalAsync(AccessScope scope, Guid documentId, CancellationToken cancellationToken = default) =>
        await DocumentAsync(scope, documentId, cancellationToken) is null ? null : await store.GetOriginalAsync(scope.TenantId, documentId, cancellationToken);

    public async Task<IReadOnlyList<Statement>> StatementsAsync(AccessScope scope, KnowledgeFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (!Readable(scope, out var ceiling))
        {
            return [];
        }

        var sql = new SqlBuilder("s.tenant_id = @tenant AND s.tlp <= @ceiling");
        sql.Bind("tenant", scope.TenantId).Bind("ceiling", (short)ceiling);
        if (filter.Entity is { } entity)
        {
            // The ids are looked up by index and then read in id order; an OR here would walk every statement of the
            // tenant in id order when the entity has fewer statements than a page.
            sql.Where("s.id IN (SELECT id FROM statements WHERE tenant_id = @tenant AND subject_id = @entity " +
                      "UNION ALL SELECT id FROM statements WHERE tenant_id = @tenant AND ref_entity_id = @entity)").Bind("entity", entity);
        }

        if (filter.Subject is { } subject)
        {
            sql.Where("s.subject_id = @subject").Bind("subject", subject);
        }

        if (filter.Place is { } place)
        {
            sql.Where("s.id IN (SELECT id FROM statements WHERE tenant_id = @tenant AND subject_id = @place " +
                      "UNION ALL SELECT id FROM statements WHERE tenant_id = @tenant AND ref_entity_id = @place " +
                      "UNION ALL SELECT id FROM statements WHERE tenant_id = @tenant AND subject_id IN " +
                      $"(SELECT subject_id FROM statements WHERE {Visible} AND property = 'place' AND ref_entity_id = @place))").Bind("place", place);
        }

        if (filter.From is not null || filter.To is not null)
        {
            sql.Where($"s.subject_id IN (SELECT subject_id FROM statements WHERE {Visible} AND value_kind = 'date' AND d_end >= @from AND d_start <= @to)")
                .Bind("from", store.DateArgument(filter.From ?? DateOnly.MinValue))
                .Bind("to", store.DateArgument(filter.To ?? DateOnly.MaxValue));
        }

        if (filter.Tlp is { } tlp)
        {
            sql.Where("s.tlp = @tlp").Bind("tlp", (short)tlp);
        }

        if (filter.Document is { } document)
        {
            // Looked up by document, then read in id order (a plain condition would walk the tenant's statements in id order).
            sql.Where("s.id IN (SELECT id FROM statements WHERE tenant_id = @tenant AND document_id = @document)").Bind("document", document);
        }

        if (filter.Property is { } property)
        {
            sql.Where("s.property = @property").Bind("property", property);
        }

        if (filter.Kind is { } kind)
        {
            sql.Where("s.subject_id IN (SELECT id FROM entities WHERE tenant_id = @tenant AND kind = @kind)").Bind("kind", KindName(kind));
        }

        Page(sql, "s.id", page);
        return await ReadAsync($"SELECT {StatementColumns.Names} FROM statements s WHERE {sql.Conditions} ORDER BY s.id LIMIT @limit", sql, StatementColumns.Read, cancellationToken);
    }

    public async Task<Statement?> StatementAsync(AccessScope scope, Guid statementId, CancellationToken cancellationToken = default)
    {
        if (!Readable(scope, out var ceiling))
        {
            return null;
        }

        var sql = new SqlBuilder("s.tenant_id = @tenant AND s.tlp <= @ceiling AND s.id = @id");
        sql.Bind("tenant", scope.TenantId).Bind("ceiling", (short)ceiling).Bind("id", statementId);
        var found = await ReadAsync($"SELECT {StatementColumns.Names} FROM statements s WHERE {sql.Conditions}", sql, StatementColumns.Read, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Entities some statement the scope may read is about or points at; an entity known only from higher markings stays unknown.</summary>
    public async Task<IReadOnlyList<Entity>> EntitiesAsync(AccessScope scope, KnowledgeFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        if (!Readable(scope, out var ceiling))
        {
            return [];
        }

        var sql = new SqlBuilder(
            $"e.tenant_id = @tenant AND (e.id IN (SELECT subject_id FROM statements WHERE {Visible}) OR e.id IN (SELECT ref_entity_id FROM statements WHERE {Visible}))");
        sql.Bind("tenant", scope.TenantId).Bind("ceiling", (short)ceiling);
        if (filter.Kind is { } kind)
        {
            sql.Where("e.kind = @kind").Bind("kind", KindName(kind));
        }

        if (filter.Subject is { } id)
        {
            sql.Where("e.id = @id").Bind("id", id);
        }

        if (filter.Document is { } document)
        {
            sql.Where($"(e.id IN (SELECT subject_id FROM statements WHERE {Visible} AND document_id = @document) OR " +
                $"e.id IN (SELECT ref_entity_id FROM statements WHERE {Visible} AND document_id = @document))").Bind("document", document);
        }

        Page(sql, "e.id", page);
        return await ReadAsync($"SELECT e.id, e.tenant_id, e.kind, e.name, e.created_at FROM entities e WHERE {sql.Conditions} ORDER BY e.id LIMIT @limit", sql,
            r => new Entity(r.GetGuid(0), r.GetGuid(1), Enum.Parse<EntityKind>(r.GetString(2), ignoreCase: true), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4)),
            cancellationToken);
    }

    /// <summary>The agency's adjudications whose every statement the scope may read.</summary>
    public async Task<IReadOnlyList<Adjudication>> AdjudicationsAsync(AccessScope scope, string? conflictKey, CancellationToken cancellationToken = default)
    {
        if (!Readable(scope, out _))
        {
            return [];
        }

        var all = await store.GetAdjudicationsAsync(scope.TenantId, conflictKey, cancellationToken);
        var visible = await VisibleStatementIdsAsync(scope, [.. all.SelectMany(a => a.StatementIds).Distinct()], cancellationToken);
        return [.. all.Where(a => a.StatementIds.All(visible.Contains))];
    }

    /// <summary>Which of these statements the scope may read.</summary>
    public async Task<IReadOnlySet<Guid>> VisibleStatementIdsAsync(AccessScope scope, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var visible = new HashSet<Guid>();
        if (!Readable(scope, out var ceiling) || ids.Count == 0)
        {
            return visible;
        }

        foreach (var chunk in ids.Chunk(400))
        {
            var sql = new SqlBuilder("s.tenant_id = @tenant AND s.tlp <= @ceiling");
            sql.Bind("tenant", scope.TenantId).Bind("ceiling", (short)ceiling);
            sql.Where("s.id IN (" + string.Join(", ", chunk.Select((id, i) => { sql.Bind($"i{i}", id); return $"@i{i}"; })) + ")");
            visible.UnionWith(await ReadAsync($"SELECT s.id FROM statements s WHERE {sql.Conditions}", sql, r => r.GetGuid(0), cancellationToken));
        }

        return visible;
    }

    /// <summary>Full-text search over the documents the scope may read, narrowed by the filter's entity, place, dates and level.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(AccessScope scope, SearchQuery query, KnowledgeFilter filter, CancellationToken cancellationToken = default)
    {
        var parsed = FullTextQuery.Parse(query.Text);
        if (!Readable(scope, out var ceiling) || parsed.IsEmpty || query.Limit <= 0)
        {
            return [];
        }

        var sql = new SqlBuilder("d.tenant_id = @tenant AND d.tlp <= @ceiling");
        sql.Bind("tenant", scope.TenantId).Bind("ceiling", (short)ceiling).Bind("limit", Math.Clamp(query.Limit, 1, PageRequest.MaxLimit));
        if (query.Language is { } language)
        {
            sql.Where("d.language = @language").Bind("language", language);
        }

        if ((filter.From ?? query.PublishedFrom) is { } from)
        {
            sql.Where("d.published_on >= @from").Bind("from", store.DateArgument(from));
        }

        if ((filter.To ?? query.PublishedTo) is { } to)
        {
            sql.Where("d.published_on <= @to").Bind("to", store.DateArgument(to));
        }

        if (filter.Tlp is { } tlp)
        {
            sql.Where("d.tlp = @tlp").Bind("tlp", (short)tlp);
        }

        if (filter.Entity is { } entity)
        {
            sql.Where($"d.id IN (SELECT document_id FROM statements WHERE {Visible} AND (subject_id = @entity OR ref_entity_id = @entity))").Bind("entity", entity);
        }

        if (filter.Place is { } place)
        {
            sql.Where($"d.id IN (SELECT document_id FROM statements WHERE {Visible} AND ref_entity_id = @place)").Bind("place", place);
        }

        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        sql.ApplyTo(command);
        store.PrepareSearchCommand(command, parsed, sql.Conditions);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetGuid(0), reader.GetString(1), reader.GetNullable<string>(2), reader.GetString(3),
                reader.GetNullableValue<DateOnly>(4), reader.GetString(5), reader.GetDouble(6)));
        }

        return hits;
    }

    /// <summary>
    /// The agency's protected people (see <see cref="VictimIdentity"/>) and every name they go by. Protection is read
    /// from all the agency's statements whatever their marking: a person protected by a RED statement is masked too.
    /// The answer is read again only when the statements changed. Statements and entities are never
    /// updated or deleted (the database refuses it), so the answer can change only when statements are added; the stamp
    /// says whether any were, from any process: SQLite's largest rowid, or PostgreSQL's count of the properties the
    /// answer is made from. The stamp is read before the people, so a cached answer is never older than its stamp.
    /// </summary>
    public async Task<ProtectedPeople> ProtectedPeopleAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var stamp = await ProtectedPeopleStampAsync(tenantId, cancellationToken);
        if (_protectedPeople.TryGetValue(tenantId, out var known) && known.Stamp == stamp)
        {
            return known.People;
        }

        var people = await ReadProtectedPeopleAsync(tenantId, cancellationToken);
        _protectedPeople[tenantId] = (stamp, people);
        return people;
    }

    private async Task<long> ProtectedPeopleStampAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder("tenant_id = @tenant");
        string text;
        if (store.Engine == "sqlite")
        {
            sql = new SqlBuilder("1 = 1");
            text = "SELECT coalesce(max(rowid), 0) FROM statements";
        }
        else
        {
            sql.Bind("tenant", tenantId).Bind("protected", VictimIdentity.ProtectedProperty);
            text = $"SELECT count(*) FROM statements WHERE {sql.Conditions} AND property IN (@protected, 'role', 'named_as')";
        }

        var found = await ReadAsync(text, sql, r => Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        return found[0];
    }

    private async Task<ProtectedPeople> ReadProtectedPeopleAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder("s.tenant_id = @tenant AND (s.property = @protected OR (s.property = 'role' AND s.value_kind = 'text'))");
        sql.Bind("tenant", tenantId).Bind("protected", VictimIdentity.ProtectedProperty);
        var marks = await ReadAsync(
            $"SELECT s.subject_id, s.property, s.text_value FROM statements s JOIN entities e ON e.id = s.subject_id WHERE {sql.Conditions} AND e.kind = 'person'",
            sql, r => (Subject: r.GetGuid(0), Property: r.GetString(1), Text: r.GetNullable<string>(2)), cancellationToken);
        var ids = marks.Where(m => m.Property == VictimIdentity.ProtectedProperty || (m.Text is { } role && VictimIdentity.IsProtectingRole(role)))
            .Select(m => m.Subject).ToHashSet();
        if (ids.Count == 0)
        {
            return ProtectedPeople.None;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in ids.Chunk(400))
        {
            var byId = new SqlBuilder("tenant_id = @tenant");
            byId.Bind("tenant", tenantId);
            var list = string.Join(", ", chunk.Select((id, i) => { byId.Bind($"p{i}", id); return $"@p{i}"; }));
            names.UnionWith(await ReadAsync($"SELECT name FROM entities WHERE {byId.Conditions} AND id IN ({list})", byId, r => r.GetString(0), cancellationToken));
            names.UnionWith(await ReadAsync(
                $"SELECT text_value FROM statements WHERE {byId.Conditions} AND property = 'named_as' AND value_kind = 'text' AND subject_id IN ({list})",
                byId, r => r.GetString(0), cancellationToken));
        }

        return new ProtectedPeople(ids, names);
    }

    private static bool Readable(AccessScope scope, out Tlp ceiling)
    {
        ceiling = scope.Clearance ?? Tlp.Clear;
        return scope.Can(Permission.Read) && scope.Clearance is not null;
    }

    private static void Page(SqlBuilder sql, string idColumn, PageRequest page)
    {
        if (page.After is { } after)
        {
            sql.Where($"{idColumn} > @after").Bind("after", after);
        }

        sql.Bind("limit", page.Take);
    }

    private static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();

    private static DocumentSummary ReadSummary(DbDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetNullable<string>(3), r.GetString(4), r.GetNullableValue<DateOnly>(5), r.GetInt64(6),
        new Marking((Tlp)r.GetInt32(7), (HandlingCode)r.GetInt32(8)), r.GetFieldValue<DateTimeOffset>(9));

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string text, SqlBuilder sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        sql.ApplyTo(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
