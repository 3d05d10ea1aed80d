using System.Data.Common;
using Enlace.Core.Documents;
using Npgsql;

namespace Enlace.Storage.Postgres;

/// <summary>
/// The server store on PostgreSQL 15+. Each document is indexed with its own language's text-search configuration
/// over unaccented text; queries run in both configurations so a search in either language finds both.
/// </summary>
public sealed class PostgresStore(string connectionString) : SqlStore
{
    // tsvector values are capped at 1 MB; beyond this many characters a very long document is indexed by its beginning.
    private const int MaxIndexedChars = 400_000;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Engine => "postgresql";

    private protected override string MigrationsFolder => "Postgres";

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    private protected override object Timestamp(DateTimeOffset value) => value.ToUniversalTime();

    private protected override async Task<bool> InsertDocumentAsync(
        DbConnection connection, DbTransaction transaction, Guid tenantId, NewDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The document and its row in the search table go in together, in one statement.
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            $"WITH added AS (INSERT INTO documents ({InsertDocumentColumns}) VALUES ({InsertDocumentValues}) " +
            "ON CONFLICT (tenant_id, sha256) DO NOTHING RETURNING id, tenant_id, language, published_on, tlp) " +
            "INSERT INTO document_search (id, tenant_id, language, published_on, tlp, search_vector) " +
            "SELECT id, tenant_id, language, published_on, tlp, " +
            "setweight(to_tsvector(@config::regconfig, unaccent(coalesce(@title, ''))), 'A') || " +
            "setweight(to_tsvector(@config::regconfig, unaccent(@indexed)), 'B') FROM added RETURNING id";
        BindDocument(insert, tenantId, document, Timestamp(now), document.PublishedOn);
        insert.AddParameter("config", TextSearchConfiguration(document.Language));
        insert.AddParameter("indexed", document.Text.Length > MaxIndexedChars ? document.Text[..MaxIndexedChars] : document.Text);
        return await insert.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private protected override void PrepareSearch(DbCommand command, FullTextQuery query, string filters)
    {
        // Only the tenant's newest RankingWindow matches are ranked (ids are time-ordered UUIDv7; see
        // docs/decisions/0003), from the narrow search table; headlines are built for the few rows returned. Each tsquery
        // is a scalar subquery so that it is parsed once per search (an InitPlan), not once per candidate row, and can
        // drive the GIN index. A phrase cannot be answered from the index alone (positions live in the vectors), so a
        // query with phrases finds candidates with its loosened form and checks the phrases on the newest candidates
        // only, until the window is full; OFFSET 0 keeps the planner from folding that check back into the index scan.
        const string Query = "(SELECT websearch_to_tsquery('spanish', unaccent(@match)) || websearch_to_tsquery('english', unaccent(@match)))";
        const string Loose = "(SELECT websearch_to_tsquery('spanish', unaccent(@loose)) || websearch_to_tsquery('english', unaccent(@loose)))";
        var relaxed = query.Relaxed;
        var window = relaxed is null
            ? $"SELECT d.id, d.search_vector FROM document_search d WHERE d.search_vector @@ {Query} AND {filters} ORDER BY d.id DESC LIMIT @window"
            : $"SELECT c.id, c.search_vector FROM (SELECT d.id, d.search_vector FROM document_search d WHERE d.search_vector @@ {Loose} AND {filters} " +
              $"ORDER BY d.id DESC OFFSET 0) c WHERE c.search_vector @@ {Query} LIMIT @window";
        command.CommandText =
            "SELECT d.id, d.file_name, d.title, d.language, d.published_on, " +
            "ts_headline(CASE d.language WHEN 'es' THEN 'spanish' WHEN 'en' THEN 'english' ELSE 'simple' END::regconfig, " +
            $"left(d.text, 20000), {Query}, 'StartSel=⟦, StopSel=⟧, MaxWords=24, MinWords=12, MaxFragments=1'), top.score::float8 " +
            $"FROM (SELECT w.id, ts_rank(w.search_vector, {Query}) AS score FROM ({window}) w " +
            "ORDER BY score DESC LIMIT @limit) top JOIN documents d ON d.id = top.id ORDER BY top.score DESC";
        command.AddParameter("match", query.Normalised);
        command.AddParameter("window", RankingWindow);
        if (relaxed is not null)
        {
            command.AddParameter("loose", relaxed);
        }
    }

    private static string TextSearchConfiguration(string language) => language switch
    {
        "es" => "spanish",
        "en" => "english",
        _ => "simple",
    };
}
