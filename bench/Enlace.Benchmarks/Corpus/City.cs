namespace Enlace.Benchmarks.Corpus;

/// <summary>A city reports are set in, its districts, and the agencies that act there.</summary>
public sealed record City(string Name, Term Country, string[] Districts, Term Police, Term Prosecutor, string Currency);
