using Enlace.Core.Statements;

namespace Enlace.Extraction;

/// <summary>A date expression, resolved against the publication date, with a warning when the document contradicts itself.</summary>
public sealed record DateMention(TextSpan Span, string Text, DateInterval Resolved, string? Warning = null);
