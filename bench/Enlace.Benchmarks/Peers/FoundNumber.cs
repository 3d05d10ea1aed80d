using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>A number a tool found; <see cref="Qualifier"/> is null for a tool that does not read qualifiers.</summary>
/// <param name="AsWritten">When the tool converts units ("tres toneladas" is 3,000 kg), the number as the text writes it.</param>
public sealed record FoundNumber(TextSpan Span, decimal Value, Qualifier? Qualifier, decimal? AsWritten = null);
