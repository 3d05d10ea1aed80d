using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enlace.Benchmarks.Harness;

/// <summary>The facts a result is meaningless without: when, on what hardware, and which engine versions.</summary>
public static class MachineDescription
{
    public static async Task<string> DescribeAsync(IReadOnlyList<BenchEngine> engines)
    {
        var lines = new List<string>
        {
            $"date (UTC):  {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}",
            $"cpu:         {Environment.ProcessorCount} × {CpuModel()}",
            $"memory:      {MemoryGigabytes()}",
            $"os:          {OperatingSystem()}",
            $".NET:        {RuntimeInformation.FrameworkDescription}",
            $"load:        {LoadAverage()} (1, 5, 15 min; other work on the machine skews wall-clock results)",
        };

        await using (var sqlite = new SqliteConnection("Data Source=:memory:"))
        {
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand("SELECT sqlite_version()", sqlite);
            lines.Add($"SQLite:      {await command.ExecuteScalarAsync()} (bundled with Microsoft.Data.Sqlite)");
        }

        if (engines.Contains(BenchEngine.Postgres))
        {
            await using var postgres = new NpgsqlConnection(BenchDatabase.PostgresAdmin);
            await postgres.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers')", postgres);
            lines.Add($"PostgreSQL:  {await command.ExecuteScalarAsync()}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel() => ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryGigabytes() =>
        ProcLine("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var kilobytes)
            ? $"{kilobytes / 1024.0 / 1024.0:0.0} GiB"
            : "unknown";

    private static string OperatingSystem() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"') + $" ({RuntimeInformation.OSDescription})"
            : RuntimeInformation.OSDescription;

    private static string? ProcLine(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
