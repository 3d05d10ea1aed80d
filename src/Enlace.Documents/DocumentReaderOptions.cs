namespace Enlace.Documents;

/// <summary>Limits the readers apply to every file.</summary>
/// <param name="MaxBytes">The largest file accepted; larger files are rejected before any parsing.</param>
public sealed record DocumentReaderOptions(long MaxBytes = DocumentReaderOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static DocumentReaderOptions Default { get; } = new();
}
