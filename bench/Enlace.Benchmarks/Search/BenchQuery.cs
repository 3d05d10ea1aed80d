namespace Enlace.Benchmarks.Search;

/// <summary>One query of the mix; <see cref="Language"/> is "es", "en" or "any" for names that both languages share.</summary>
public sealed record BenchQuery(QueryClass Class, string Language, string Text);
