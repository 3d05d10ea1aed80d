namespace Enlace.Core.Briefing;

/// <summary>Where a stated fact comes from: a document span with its words, or the analyst or operation behind it.</summary>
public sealed record Citation(int Number, Guid? DocumentId, string Source, string? FileName, Statements.TextSpan? Span, string? Quote);
