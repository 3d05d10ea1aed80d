using System.Data.Common;
using System.Reflection;

namespace Enlace.Storage.Migrations;

/// <summary>
/// Applies the numbered SQL scripts embedded for one engine ("Sqlite" or "Postgres") in order, each in its own
/// transaction with its row in schema_migrations, so a schema is either at a version or below it, never between.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Enlace.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> ScriptsFor(string engineFolder)
    {
        var assembly = typeof(Migrator).Assembly;
        var folder = Prefix + engineFolder + "/";
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(folder, StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[folder.Length..];
                var version = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                return (version, file, Read(assembly, name));
            })
            .OrderBy(script => script.version)];
    }

    public static async Task<int> MigrateAsync(DbConnection connection, string engineFolder, CancellationToken cancellationToken)
    {
        await Execute(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken);

        var applied = new HashSet<int>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var count = 0;
        foreach (var (version, name, sql) in ScriptsFor(engineFolder).Where(s => !applied.Contains(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Execute(connection, transaction, sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)";
                record.AddParameter("version", version);
                record.AddParameter("name", name);
                record.AddParameter("at", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            count++;
        }

        return count;
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // A migration may rewrite or index every row of a large store; it runs to the end (or until cancelled), never
        // into the provider's default timeout, which would roll it back and leave the store at the older version.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing migration {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
