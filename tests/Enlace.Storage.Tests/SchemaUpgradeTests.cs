using Enlace.Core.Documents;
using Enlace.Storage;
using Enlace.Storage.Migrations;
using Enlace.Testing;
using Npgsql;

namespace Enlace.Storage.Tests;

/// <summary>
/// A store created by an older release is upgraded in place when it is opened: what it holds stays, and stays findable.
/// </summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task A_postgres_store_from_before_the_search_table_keeps_its_documents_findable()
    {
        var name = "enlace_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(TestDatabase.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresAdmin) { Database = name }.ToString();
        try
        {
            var tenant = Guid.CreateVersion7();
            await using (var old = new NpgsqlConnection(connectionString))
            {
                await old.OpenAsync();
                await Run(old, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
                foreach (var (version, file, sql) in Migrator.ScriptsFor("Postgres").Where(s => s.Version < 6))
                {
                    await Run(old, sql);
                    await Run(old, $"INSERT INTO schema_migrations VALUES ({version}, '{file}', '2026-01-01T00:00:00Z')");
                }

                // A document as release 5 stored it, with its search vector on the documents table.
                await Run(old, $"INSERT INTO tenants VALUES ('{tenant}', 'pnp', now())");
                await Run(old,
                    "INSERT INTO documents (id, tenant_id, sha256, file_name, media_type, title, language, published_on, text, size_bytes, tlp, handling, ingested_at, search_vector) " +
                    $"VALUES ('{Guid.CreateVersion7()}', '{tenant}', 'abc', 'old.txt', 'text/plain', 'Parte policial', 'es', '2025-04-02', " +
                    "'Agentes detuvieron a dos integrantes de la banda Los Halcones del Valle en Cusco.', 80, 1, 0, now(), " +
                    "to_tsvector('spanish', unaccent('Agentes detuvieron a dos integrantes de la banda Los Halcones del Valle en Cusco.')))");
            }

            await using var store = await StoreFactory.OpenAsync(connectionString);
            await store.AddDocumentsAsync(tenant, [Reports.Text("La banda Los Halcones del Valle opera también en Puno.", "es", "new.txt")]);

            var phrase = await store.SearchAsync(tenant, new SearchQuery("\"halcones del valle\""));
            var word = await store.SearchAsync(tenant, new SearchQuery("integrante cusco"));

            Assert.Equal(["new.txt", "old.txt"], phrase.Select(h => h.FileName).Order());
            Assert.Equal("old.txt", Assert.Single(word).FileName);
            Assert.Equal(2, await store.CountDocumentsAsync(tenant));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestDatabase.PostgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task Run(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
