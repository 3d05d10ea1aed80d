using Enlace.Storage;
using Npgsql;

namespace Enlace.Benchmarks.Harness;

/// <summary>
/// A database the harness owns, named so that a run always replaces the previous run's: a SQLite file in the work
/// folder, or a database on the PostgreSQL server named by ENLACE_BENCH_POSTGRES (by default the test server's).
/// </summary>
public sealed record BenchDatabase(BenchEngine Engine, string Db, string Name)
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=enlace;Password=enlace;Database=enlace_test";

    public static string PostgresAdmin => Environment.GetEnvironmentVariable("ENLACE_BENCH_POSTGRES") ?? DefaultPostgres;

    /// <summary>The database as a reader of the results may see it: a path, or a connection string without its password.</summary>
    public string Description => Engine == BenchEngine.Sqlite ? Db : $"PostgreSQL database {Name}";

    /// <summary>Names the database without touching it, so a run can reuse what an earlier run loaded.</summary>
    public static BenchDatabase Named(BenchEngine engine, string name, string workFolder) => engine == BenchEngine.Sqlite
        ? new(engine, Path.Combine(workFolder, name + ".db"), name)
        : new(engine, new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString(), name);

    /// <summary>Drops whatever an earlier run left under this name and creates it empty.</summary>
    public static async Task<BenchDatabase> FreshAsync(BenchEngine engine, string name, string workFolder)
    {
        var database = Named(engine, name, workFolder);
        if (engine == BenchEngine.Sqlite)
        {
            Directory.CreateDirectory(workFolder);
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database.Db + suffix);
            }

            return database;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresAdmin);
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }

        return database;
    }

    /// <summary>The size on disk: the SQLite file with its write-ahead log, or what PostgreSQL reports for the database.</summary>
    public async Task<long> SizeBytesAsync()
    {
        if (Engine == BenchEngine.Sqlite)
        {
            return new[] { "", "-wal" }.Select(suffix => new FileInfo(Db + suffix)).Where(f => f.Exists).Sum(f => f.Length);
        }

        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    public Task<SqlStore> OpenStoreAsync() => StoreFactory.OpenAsync(Db);
}
