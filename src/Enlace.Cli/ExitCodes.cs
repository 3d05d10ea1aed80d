namespace Enlace.Cli;

/// <summary>Process exit codes, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but some input failed (a file that could not be ingested, say).</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The database could not be opened or migrated.</summary>
    public const int StoreUnavailable = 3;
}
