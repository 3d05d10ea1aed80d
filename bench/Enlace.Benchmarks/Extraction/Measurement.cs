using System.Diagnostics;

namespace Enlace.Benchmarks.Extraction;

/// <summary>What one timed piece of work cost: wall clock, process CPU, and bytes allocated on the measuring thread.</summary>
public sealed class Measurement
{
    private readonly Stopwatch _wall = new();
    private TimeSpan _cpu;
    private long _allocated;
    private TimeSpan _cpuAtStart;
    private long _allocatedAtStart;

    public TimeSpan Wall => _wall.Elapsed;

    public TimeSpan Cpu => _cpu;

    public long Allocated => _allocated;

    public void Start()
    {
        _cpuAtStart = CpuTime.Now();
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        _wall.Start();
    }

    public void Stop()
    {
        _wall.Stop();
        _allocated += GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;
        _cpu += CpuTime.Now() - _cpuAtStart;
    }
}
