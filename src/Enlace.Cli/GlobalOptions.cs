using System.CommandLine;
using Enlace.Ingest;

namespace Enlace.Cli;

/// <summary>Options every command understands.</summary>
public static class GlobalOptions
{
    public const string DefaultDatabase = "enlace.db";

    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite file path or PostgreSQL connection string (\"Host=…;Database=…\"). Default: $ENLACE_DB, else ./enlace.db",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON instead of tables",
        Recursive = true,
    };

    public static Option<string> Tenant { get; } = new("--tenant")
    {
        Description = "Agency whose data to work on",
        Recursive = true,
        DefaultValueFactory = _ => IngestOptions.DefaultTenant,
    };

    /// <summary>The database a command works on: --db, else $ENLACE_DB, else the command's own default.</summary>
    public static string ResolveDb(ParseResult parse, string fallback = DefaultDatabase) =>
        parse.GetValue(Db) is { Length: > 0 } db ? db :
        Environment.GetEnvironmentVariable("ENLACE_DB") is { Length: > 0 } env ? env :
        fallback;
}
