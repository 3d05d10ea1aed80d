using Enlace.Core.Statements;

namespace Enlace.Extraction.Dates;

/// <summary>The dates of one document and the publication date they were resolved against.</summary>
/// <param name="Published">The publication date given by the caller, else the one read from the dateline or footer.</param>
/// <param name="InferredYear">
/// When no publication date is known, the year assumed for dates written without one (from a stated weekday or the
/// years the text mentions); null otherwise.
/// </param>
public sealed record DateFindings(IReadOnlyList<DateMention> Dates, DateOnly? Published, int? InferredYear)
{
    public static DateFindings None { get; } = new([], null, null);
}
