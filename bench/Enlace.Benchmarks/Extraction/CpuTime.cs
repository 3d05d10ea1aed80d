using System.Diagnostics;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// CPU time of this process: on a shared machine it moves far less than wall-clock time when other work is running. It
/// includes the garbage collector's own threads, which is part of what extraction costs.
/// </summary>
public static class CpuTime
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
