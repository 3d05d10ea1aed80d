using System.Diagnostics;
using Enlace.Benchmarks.Harness;

namespace Enlace.Benchmarks.Http;

/// <summary>One look at the server process: physical memory, the managed heap, collections so far, CPU so far.</summary>
/// <param name="AnonymousMb">The resident memory that is the process's own (RssAnon): heaps and stacks, without the pages of
/// files it maps, such as the SQLite database read through a memory map, which count in the working set.</param>
public sealed record MemorySample(double Seconds, double WorkingSetMb, double AnonymousMb, double GcHeapMb, double GcCommittedMb, int Gen0, int Gen1, int Gen2, double CpuSeconds, string Load);

/// <summary>
/// Samples the server's process every few seconds while the load runs. The server runs in this process (the load
/// driver in another), so the managed heap is read directly; the working set is the kernel's resident size.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private const double Megabyte = 1024 * 1024;
    private readonly List<MemorySample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;
    private bool _stopped;

    public MemorySampler(TimeSpan interval)
    {
        Take();
        _loop = LoopAsync(interval);
    }

    public IReadOnlyList<MemorySample> Samples
    {
        get
        {
            lock (_samples)
            {
                return [.. _samples];
            }
        }
    }

    /// <summary>Stops sampling after one last sample; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _stop.CancelAsync();
        await _loop;
        Take();
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Take();
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over; DisposeAsync takes the last sample.
        }
    }

    private static long AnonymousKilobytes()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)) : null;
        return line is not null && long.TryParse(line[8..].Trim().Split(' ')[0], out var kilobytes) ? kilobytes : 0;
    }

    private void Take()
    {
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        var sample = new MemorySample(_clock.Elapsed.TotalSeconds, process.WorkingSet64 / Megabyte, AnonymousKilobytes() / 1024.0, GC.GetTotalMemory(false) / Megabyte, info.TotalCommittedBytes / Megabyte,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), process.TotalProcessorTime.TotalSeconds, MachineDescription.LoadAverage());
        lock (_samples)
        {
            _samples.Add(sample);
        }
    }
}
