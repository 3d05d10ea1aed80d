using Enlace.Core.Statements;

namespace Enlace.Extraction.Numbers;

/// <summary>
/// A number in a text, in digits or words, with its exact span and value. <see cref="Implied"/> is the qualifier the
/// number's own words carry: "dozens" and "decenas" are at least 24 and 20, "una veintena" about 20.
/// </summary>
public sealed record NumberMention(TextSpan Span, decimal Value, Qualifier Implied, bool IsWords);
