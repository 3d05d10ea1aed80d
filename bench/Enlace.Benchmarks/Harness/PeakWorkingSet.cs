using System.Diagnostics;

namespace Enlace.Benchmarks.Harness;

/// <summary>
/// The most physical memory the process held during one measured run. On Linux the kernel's high-water mark (VmHWM,
/// which <see cref="Process.PeakWorkingSet64"/> reads) can be reset by writing 5 to /proc/self/clear_refs, so each run is
/// measured on its own rather than inheriting the peak of the run before it.
/// </summary>
public static class PeakWorkingSet
{
    /// <summary>Starts a new measurement; false if the peak could not be reset and will include earlier runs.</summary>
    public static bool Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    public static long Read()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
