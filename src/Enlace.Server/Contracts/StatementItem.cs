using Enlace.Core.Statements;

namespace Enlace.Server.Contracts;

/// <summary>A statement with its provenance: the document span it came from, or the analyst or operation behind it.</summary>
public sealed record StatementItem(
    Guid Id,
    Guid SubjectId,
    string Property,
    ValueView Value,
    Guid? DocumentId,
    int[]? Span,
    string? AssertedBy,
    int Credibility,
    MarkingView Marking,
    string Origin,
    string Author,
    DateTimeOffset CreatedAt)
{
    public static StatementItem Of(Statement s) => new(
        s.Id, s.SubjectId, s.Property, ValueView.Of(s.Value), s.DocumentId, s.Span is { } span ? [span.Start, span.End] : null, s.AssertedBy,
        (int)s.Credibility, MarkingView.Of(s.Marking), s.Origin.ToString().ToLowerInvariant(), s.Author, s.CreatedAt);
}
