using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Enlace.Benchmarks.Http;

/// <summary>Runs a load driver to the end in its own process and reads its <see cref="LoadResult"/> lines.</summary>
public static partial class ChildProcess
{
    public static async Task<(LoadResult Result, string Output)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {start.FileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(start.FileName)} exited with {process.ExitCode}: {await errors}{text}");
        }

        return (LoadResult.Parse(text), text);
    }

    /// <summary>CPU time used so far by this process's children that have ended: the load drivers.</summary>
    public static TimeSpan ChildrenProcessorTime()
    {
        // struct rusage on 64-bit Linux: user and system time as two timevals (seconds, microseconds), then fourteen longs.
        var usage = new long[18];
        if (!OperatingSystem.IsLinux() || GetResourceUsage(ChildrenOfThisProcess, usage) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromMicroseconds(((usage[0] + usage[2]) * 1e6) + usage[1] + usage[3]);
    }

    private const int ChildrenOfThisProcess = -1;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, [Out] long[] usage);
}
