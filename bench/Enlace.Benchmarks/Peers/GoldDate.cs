using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>A date expression the gold expects where <see cref="Span"/> is, resolved to the closed interval of days it covers.</summary>
public sealed record GoldDate(TextSpan Span, DateOnly From, DateOnly To);
