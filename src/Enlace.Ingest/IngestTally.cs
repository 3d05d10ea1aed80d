namespace Enlace.Ingest;

/// <summary>Running counts for progress reports; safe to update from the parallel decoding loop.</summary>
internal sealed class IngestTally(int total, int failedUpFront)
{
    private readonly Lock _gate = new();
    private int _read;
    private int _added;
    private int _unchanged;
    private int _failed = failedUpFront;

    /// <summary>A file was read and decoded; failures are final here, the rest are counted once stored.</summary>
    public void Read(IngestStatus status)
    {
        lock (_gate)
        {
            _read++;
            if (status == IngestStatus.Failed)
            {
                _failed++;
            }
        }
    }

    public void Stored(IngestStatus status)
    {
        lock (_gate)
        {
            switch (status)
            {
                case IngestStatus.Added: _added++; break;
                case IngestStatus.Unchanged: _unchanged++; break;
            }
        }
    }

    public IngestProgress Snapshot(TimeSpan elapsed, string? current)
    {
        lock (_gate)
        {
            return new IngestProgress(total, _read, _added, _unchanged, _failed, elapsed, current);
        }
    }
}
