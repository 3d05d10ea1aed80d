using Enlace.Storage;
using Npgsql;

namespace Enlace.Testing;

/// <summary>
/// A real, empty, migrated database for one test: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by ENLACE_TEST_POSTGRES (scripts/prepare-test-machine.sh starts one on 127.0.0.1).
/// Disposing drops it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=enlace;Password=enlace;Database=enlace_test";

    private readonly string? _postgresName;
    private readonly string? _folder;

    private TestDatabase(Engine engine, string db, SqlStore store, string? postgresName, string? folder)
    {
        Engine = engine;
        Db = db;
        Store = store;
        _postgresName = postgresName;
        _folder = folder;
    }

    public Engine Engine { get; }

    /// <summary>What a user would pass as <c>--db</c>.</summary>
    public string Db { get; }

    public SqlStore Store { get; }

    public static string PostgresAdmin => Environment.GetEnvironmentVariable("ENLACE_TEST_POSTGRES") ?? DefaultPostgres;

    public static async Task<TestDatabase> CreateAsync(Engine engine)
    {
        if (engine == Engine.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("enlace-test-").FullName;
            var path = Path.Combine(folder, "enlace.db");
            return new TestDatabase(engine, path, await StoreFactory.OpenAsync(path), null, folder);
        }

        var name = "enlace_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var db = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();
        return new TestDatabase(engine, db, await StoreFactory.OpenAsync(db), name, null);
    }

    /// <summary>Runs raw SQL around the store, as an attacker or a careless script with database access would.</summary>
    public async Task<int> ExecuteRawAsync(string sql)
    {
        if (Engine == Engine.Sqlite)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteNonQueryAsync();
        }

        await using var pg = new NpgsqlConnection(Db);
        await pg.OpenAsync();
        await using var pgCommand = new NpgsqlCommand(sql, pg);
        return await pgCommand.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a pooled connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
