using System.Data.Common;
using Enlace.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Enlace.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, full text through FTS5.</summary>
public sealed class SqliteStore : SqlStore
{
    // Native handles whose connection settings are in place; an entry goes when its handle is collected.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = new();

    private readonly string _connectionString;

    public SqliteStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public override string Engine => "sqlite";

    private protected override string MigrationsFolder => "Sqlite";

    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // A pooled connection keeps its native handle, and the settings below stay with the handle: set them once per
        // handle, not on every open (a server request opens several).
        if (connection.Handle is { } handle && Configured.TryGetValue(handle, out _))
        {
            return connection;
        }

        await using var pragmas = connection.CreateCommand();

        // WAL keeps readers off the writer's back; synchronous=NORMAL in WAL mode never corrupts the file and loses at
        // most the last commits on power loss, not on a killed process. Reads go through a memory map of up to 1 GiB
        // (shared with the operating system's page cache, so pooled connections do not each hold a copy) instead of a
        // read call per page; this takes most of the system time out of a search.
        pragmas.CommandText =
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; " +
            "PRAGMA mmap_size = 1073741824;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        if (connection.Handle is { } opened)
        {
            Configured.AddOrUpdate(opened, opened);
        }

        return connection;
    }

    private protected override object Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private protected override object? DateParameter(DateOnly? value) => value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private protected override async Task<bool> InsertDocumentAsync(
        DbConnection connection, DbTransaction transaction, Guid tenantId, NewDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long rowId;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                $"INSERT INTO documents ({InsertDocumentColumns}) VALUES ({InsertDocumentValues}) ON CONFLICT (tenant_id, sha256) DO NOTHING RETURNING rowid";
            BindDocument(insert, tenantId, document, Timestamp(now), DateParameter(document.PublishedOn));
            var result = await insert.ExecuteScalarAsync(cancellationToken);
            if (result is null)
            {
                return false;
            }

            rowId = (long)result;
        }

        await using var index = connection.CreateCommand();
        index.Transaction = transaction;
        index.CommandText = "INSERT INTO documents_fts (rowid, title, text) VALUES (@rowid, @title, @text)";
        index.AddParameter("rowid", rowId);
        index.AddParameter("title", document.Title ?? "");
        index.AddParameter("text", document.Text);
        await index.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    private protected override void PrepareSearch(DbCommand command, FullTextQuery query, string filters)
    {
        // bm25 is smaller for better matches; titles weigh five times the body. Only the tenant's newest RankingWindow
        // matches are ranked (see docs/decisions/0003), so a word found in half the store stays fast. The ranking reads
        // nothing but the index and the filter columns; snippets, which re-read and re-tokenise the text, are built
        // afterwards for the few rows returned.
        command.CommandText =
            "SELECT d.id, d.file_name, d.title, d.language, d.published_on, " +
            "snippet(documents_fts, 1, '⟦', '⟧', '…', 16), -top.rank " +
            "FROM (SELECT w.rowid AS rowid, w.rank AS rank FROM (" +
            "SELECT f.rowid AS rowid, bm25(documents_fts, 5.0, 1.0) AS rank FROM documents_fts f JOIN documents d ON d.rowid = f.rowid " +
            $"WHERE f.documents_fts MATCH @match AND {filters} ORDER BY f.rowid DESC LIMIT @window) w " +
            "ORDER BY w.rank LIMIT @limit) top " +
            "JOIN documents_fts ON documents_fts.rowid = top.rowid JOIN documents d ON d.rowid = top.rowid " +
            "WHERE documents_fts MATCH @match ORDER BY top.rank";
        command.AddParameter("match", query.ToFts5());
        command.AddParameter("window", RankingWindow);
    }

}
