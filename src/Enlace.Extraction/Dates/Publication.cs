namespace Enlace.Extraction.Dates;

/// <summary>What the document says about its own date: its dateline, its "Published:" label, and the date they give.</summary>
internal sealed record Publication(DateOnly? Date, DateExpression? Dateline, DateExpression? Label)
{
    public bool IsPublicationDate(DateExpression e) => ReferenceEquals(e, Dateline) || ReferenceEquals(e, Label);
}
