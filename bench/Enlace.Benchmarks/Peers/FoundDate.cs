using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>A date a tool found, as the closed interval of days it resolved the expression to.</summary>
public sealed record FoundDate(TextSpan Span, DateOnly From, DateOnly To);
