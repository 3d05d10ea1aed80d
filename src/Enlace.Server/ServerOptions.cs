namespace Enlace.Server;

/// <summary>How `enlace serve` runs: the store, where it listens, and the limits it applies to every caller.</summary>
/// <param name="Db">SQLite file path or PostgreSQL connection string, as for every command's --db.</param>
/// <param name="Urls">Where to listen; loopback unless told otherwise.</param>
/// <param name="MaxUploadBytes">The largest report accepted by upload.</param>
/// <param name="LoginAttemptsPerMinute">Sign-in attempts one address may make per minute before it is turned away.</param>
/// <param name="PdfBrowser">The chromium that prints PDF briefs; null looks in the usual places.</param>
public sealed record ServerOptions(
    string Db,
    string Urls = ServerOptions.DefaultUrls,
    long MaxUploadBytes = Documents.DocumentReaderOptions.DefaultMaxBytes,
    int LoginAttemptsPerMinute = 20,
    int MaxFailedSignIns = 5,
    TimeSpan? LockoutDuration = null,
    TimeSpan? BearerTokenLifetime = null,
    string? PdfBrowser = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
