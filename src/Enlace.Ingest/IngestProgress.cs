namespace Enlace.Ingest;

/// <summary>A snapshot of a running ingest, reported after each file.</summary>
public sealed record IngestProgress(int Total, int Done, int Added, int Unchanged, int Failed, TimeSpan Elapsed, string? Current)
{
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => Done == 0 || Done >= Total ? null : TimeSpan.FromSeconds((Total - Done) / FilesPerSecond);
}
