using Enlace.Core.Grading;
using Enlace.Core.Markings;

namespace Enlace.Core.Statements;

/// <summary>
/// One fact as somebody asserted it. Statements are never updated in place: corrections, confirmations and
/// adjudications are new records on top, so every figure ever reported stays visible with its provenance.
/// </summary>
/// <param name="AssertedBy">Who the fact is attributed to ("Peruvian police", "the Embassy"), not who typed it.</param>
/// <param name="Author">The extractor and its version, the analyst's user name or the operation id.</param>
public sealed record Statement(
    Guid Id,
    Guid TenantId,
    Guid SubjectId,
    string Property,
    StatementValue Value,
    Guid? DocumentId,
    TextSpan? Span,
    string? AssertedBy,
    InformationCredibility Credibility,
    Marking Marking,
    StatementOrigin Origin,
    string Author,
    DateTimeOffset CreatedAt)
{
    /// <summary>No fact without provenance: a statement points at a document span, or names the analyst or operation behind it.</summary>
    public static Statement Create(
        Guid tenantId,
        Guid subjectId,
        string property,
        StatementValue value,
        Provenance provenance,
        InformationCredibility credibility,
        Marking marking,
        DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        return new Statement(
            Guid.CreateVersion7(createdAt),
            tenantId,
            subjectId,
            property,
            value,
            provenance.DocumentId,
            provenance.Span,
            provenance.AssertedBy,
            credibility,
            marking,
            provenance.Origin,
            provenance.Author,
            createdAt);
    }
}
