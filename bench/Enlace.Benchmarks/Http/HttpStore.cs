using System.Data.Common;
using System.Diagnostics;
using Enlace.Benchmarks.Harness;
using Enlace.Benchmarks.Ingest;
using Enlace.Core.Access;
using Enlace.Ingest;
using Enlace.Server.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Enlace.Benchmarks.Http;

/// <summary>The store a load run reads: how big it is, and how long ingesting it took (null when an earlier run's was reused).</summary>
public sealed record PreparedStore(BenchDatabase Database, long Documents, long Statements, long Entities, TimeSpan? IngestTime);

/// <summary>
/// Prepares the server's store the way an agency fills it: generated reports written to disk and ingested by the real
/// <see cref="IngestPipeline"/> with statement extraction, into one agency; then an analyst account made by the real
/// account code (<see cref="AccountAdministration"/>, as `enlace users add` does).
/// </summary>
public static class HttpStore
{
    public const string Agency = "bench-agency";
    public const string Analyst = "bench-analyst";
    private const string Name = "enlace_bench_http";

    public static async Task<PreparedStore> PrepareAsync(BenchEngine engine, int documents, int seed, bool reuse, string work)
    {
        var database = BenchDatabase.Named(engine, Name, work);
        if (reuse && await CountAsync(database) is { } held && held.Documents == documents && held.Statements > 0)
        {
            Console.WriteLine($"{EngineLabel.Of(engine)}: reusing {held.Documents:#,0} documents and {held.Statements:#,0} statements in {database.Description}");
            return held;
        }

        database = await BenchDatabase.FreshAsync(engine, Name, work);
        var folder = Path.Combine(work, "http-files");
        ReportFiles.Write(folder, documents, seed);
        Console.WriteLine($"{EngineLabel.Of(engine)}: ingesting {documents:#,0} generated reports with statement extraction into {database.Description}");
        var clock = Stopwatch.StartNew();
        await using (var store = await database.OpenStoreAsync())
        {
            var summary = await new IngestPipeline(store, new IngestOptions(Tenant: Agency, Extract: true)).RunAsync(IngestPlan.For([folder]));
            if (summary.Added != documents)
            {
                throw new InvalidOperationException($"expected {documents} documents added, got {summary.Added} added, {summary.Unchanged} unchanged, {summary.Failed} failed");
            }
        }

        var prepared = await CountAsync(database) ?? throw new InvalidOperationException("the store just filled cannot be read");
        Console.WriteLine($"{EngineLabel.Of(engine)}: {prepared.Documents:#,0} documents, {prepared.Statements:#,0} statements, {prepared.Entities:#,0} entities in {clock.Elapsed.TotalSeconds:0} s (load average {MachineDescription.LoadAverage()})");
        return prepared with { IngestTime = clock.Elapsed };
    }

    /// <summary>Makes the analyst account, or gives it a new password when an earlier run made it; returns the password.</summary>
    public static async Task<string> AnalystPasswordAsync(BenchDatabase database)
    {
        await using var store = await database.OpenStoreAsync();
        await using var services = AccountAdministration.Services(store);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        return await accounts.ResetPasswordAsync(Analyst)
            ?? (await accounts.CreateAsync(Agency, Analyst, [Role.Analyst], password: null, clearedForRed: false)).GeneratedPassword!;
    }

    private static async Task<PreparedStore?> CountAsync(BenchDatabase database)
    {
        if (database.Engine == BenchEngine.Sqlite && !File.Exists(database.Db))
        {
            return null;
        }

        try
        {
            await using DbConnection connection = database.Engine == BenchEngine.Sqlite
                ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.Db, Mode = SqliteOpenMode.ReadOnly }.ToString())
                : new NpgsqlConnection(database.Db);
            await connection.OpenAsync();
            async Task<long> Count(string table)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM {table}";
                return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }

            return new PreparedStore(database, await Count("documents"), await Count("statements"), await Count("entities"), null);
        }
        catch (DbException)
        {
            return null;
        }
    }
}
