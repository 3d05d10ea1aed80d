namespace Enlace.Benchmarks.Peers;

/// <summary>One tool's findings over a set, by text id, and how long it took.</summary>
/// <param name="Work">What the timed passes do, in a few words.</param>
/// <param name="ReadsQualifiers">Whether the tool says "at least", "about" or "up to" of a number at all.</param>
public sealed record ToolRun(string Tool, string Work, IReadOnlyDictionary<string, TextFindings> Findings, PassTimings Timings, bool ReadsQualifiers);
