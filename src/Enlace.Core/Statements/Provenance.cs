namespace Enlace.Core.Statements;

/// <summary>Where a statement comes from. The factory methods are the only ways to build one, so none lacks a source.</summary>
public sealed record Provenance
{
    private Provenance(StatementOrigin origin, string author, Guid? documentId, TextSpan? span, string? assertedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        Origin = origin;
        Author = author;
        DocumentId = documentId;
        Span = span;
        AssertedBy = assertedBy;
    }

    public StatementOrigin Origin { get; }

    public string Author { get; }

    public Guid? DocumentId { get; }

    public TextSpan? Span { get; }

    public string? AssertedBy { get; }

    public static Provenance Extracted(string extractor, Guid documentId, TextSpan span, string? assertedBy) =>
        new(StatementOrigin.Extracted, extractor, documentId, span, assertedBy);

    public static Provenance Analyst(string userName, Guid? documentId = null, TextSpan? span = null) =>
        new(StatementOrigin.Analyst, userName, documentId, span, userName);

    public static Provenance Operation(Guid operationId, string reportedBy) =>
        new(StatementOrigin.Operation, operationId.ToString(), null, null, reportedBy);
}
