using Enlace.Storage;
using Npgsql;

namespace Enlace.Benchmarks.Harness;

/// <summary>Runs one end-to-end command and turns its failures into one readable line and an exit code.</summary>
public static class HarnessCommand
{
    public const string Usage =
        """
        usage:
          ingest [--engine sqlite|postgres|both] [--count 10000] [--repeat 1] [--breakdown] [--seed N] [--work DIR]
          search [--engine sqlite|postgres|both] [--docs 100000] [--queries 500] [--warmup 100] [--seed N] [--reuse] [--work DIR]
          http [--engine sqlite|postgres|both] [--docs 10000] [--duration 300] [--warmup 15] [--connections 16] [--threads 2]
               [--mix all|lists|single|search] [--driver auto|wrk|dotnet] [--urls 3000] [--sample 5] [--seed N] [--reuse] [--work DIR]
          anything else is passed to BenchmarkDotNet (e.g. --filter '*')
        PostgreSQL: ENLACE_BENCH_POSTGRES names a role that may create databases (default: the test server's enlace role).
        """;

    public static async Task<int> RunAsync(string name, IReadOnlyList<string> args, Func<BenchArguments, Task<int>> run)
    {
        try
        {
            return await run(BenchArguments.Parse(args));
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{name}: {e.Message}{Environment.NewLine}{Usage}");
            return 2;
        }
        catch (Exception e) when (e is StoreUnavailableException or NpgsqlException or IOException or HttpRequestException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"{name}: {e.Message}");
            return 3;
        }
    }
}
