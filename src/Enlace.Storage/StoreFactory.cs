using Enlace.Storage.Postgres;
using Enlace.Storage.Sqlite;

namespace Enlace.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string, or else a SQLite file path.</summary>
public static class StoreFactory
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens and migrates the store. Throws <see cref="StoreUnavailableException"/> with a readable reason.</summary>
    public static async Task<SqlStore> OpenAsync(string db, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        SqlStore store;
        try
        {
            store = IsPostgres(db) ? new PostgresStore(db) : new SqliteStore(db);
        }
        catch (ArgumentException e)
        {
            throw new StoreUnavailableException($"invalid database setting: {e.Message}", e);
        }

        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await store.DisposeAsync();
            throw new StoreUnavailableException($"cannot open the {store.Engine} database: {e.Message}", e);
        }
    }
}
