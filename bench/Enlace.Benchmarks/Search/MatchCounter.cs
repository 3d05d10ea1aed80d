using Enlace.Benchmarks.Harness;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enlace.Benchmarks.Search;

/// <summary>
/// How many documents a query matches, which is what a ranked search's cost grows with. It repeats the match part of
/// each engine's search SQL (Enlace.Storage keeps its query translation internal), for the benchmark's simple queries only:
/// plain words and one quoted phrase.
/// </summary>
public static class MatchCounter
{
    public static async Task<long> CountAsync(BenchDatabase database, string query)
    {
        if (database.Engine == BenchEngine.Sqlite)
        {
            await using var sqlite = new SqliteConnection($"Data Source={database.Db};Mode=ReadOnly");
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH @match", sqlite);
            command.Parameters.AddWithValue("@match", ToFts5(query));
            return (long)(await command.ExecuteScalarAsync() ?? 0L);
        }

        await using var postgres = new NpgsqlConnection(database.Db);
        await postgres.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM document_search WHERE search_vector @@ " +
            "(websearch_to_tsquery('spanish', unaccent(@match)) || websearch_to_tsquery('english', unaccent(@match)))",
            postgres);
        count.Parameters.AddWithValue("match", query);
        return (long)(await count.ExecuteScalarAsync() ?? 0L);
    }

    private static string ToFts5(string query) => query.StartsWith('"')
        ? query
        : string.Join(" AND ", query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => $"\"{word}\""));
}
