using System.Collections.Concurrent;
using System.Diagnostics;
using Enlace.Extraction;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// Listens to <see cref="ExtractionTelemetry"/> and adds up, per stage, the wall-clock time and the bytes the stage
/// allocated on its thread. Listening costs about a microsecond and a few hundred bytes per stage, so the per-stage
/// run is separate from the runs that measure throughput.
/// </summary>
public sealed class StageClock : IDisposable
{
    private const string AllocatedAtStart = "enlace.bench.allocated";

    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes, long Count)> _totals = new(StringComparer.Ordinal);

    public StageClock()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ExtractionTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity => activity.SetCustomProperty(AllocatedAtStart, GC.GetAllocatedBytesForCurrentThread()),
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public TimeSpan Time(string stage) => TimeSpan.FromTicks(_totals.GetValueOrDefault(stage).Ticks);

    public long Allocated(string stage) => _totals.GetValueOrDefault(stage).Bytes;

    public void Dispose() => _listener.Dispose();

    private void Stopped(Activity activity)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread() - (activity.GetCustomProperty(AllocatedAtStart) as long? ?? 0);
        _totals.AddOrUpdate(activity.OperationName, (activity.Duration.Ticks, bytes, 1),
            (_, t) => (t.Ticks + activity.Duration.Ticks, t.Bytes + bytes, t.Count + 1));
    }
}
