namespace Enlace.Benchmarks.Corpus;

/// <summary>A synthetic report as it would arrive on disk: a plain-text file in one language.</summary>
/// <param name="Names">The full names of the people it names, for searches that are sure to find it.</param>
public sealed record GeneratedReport(string FileName, string Language, string Text, DateOnly EventDate, IReadOnlyList<string> Names);
