namespace Enlace.Benchmarks.Harness;

/// <summary>The storage engines the end-to-end benchmarks run against.</summary>
public enum BenchEngine
{
    Sqlite,
    Postgres,
}
