namespace Enlace.Benchmarks.Harness;

/// <summary>The engine names used in result tables.</summary>
public static class EngineLabel
{
    public static string Of(BenchEngine engine) => engine == BenchEngine.Sqlite ? "SQLite" : "PostgreSQL";
}
