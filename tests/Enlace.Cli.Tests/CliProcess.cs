using System.Diagnostics;

namespace Enlace.Cli.Tests;

/// <summary>Runs the real `enlace` binary as a child process, as a user or a script would.</summary>
internal static class CliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "enlace.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CI"] = "true";
        info.Environment.Remove("ENLACE_DB");
        return info;
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("cannot start enlace");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);
}
