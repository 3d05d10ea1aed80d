using Spectre.Console;

namespace Enlace.Cli.Output;

/// <summary>Where people-facing output goes. Progress and errors go to stderr so stdout stays clean for pipes and --json.</summary>
public static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Console;

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Whether to draw live progress: only for a person watching a terminal.</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>One readable line for a failure, as `enlace: error: …`.</summary>
    public static void Fail(string message) => Console.Error.WriteLine($"enlace: error: {message}");
}
