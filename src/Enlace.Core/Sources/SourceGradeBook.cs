using Enlace.Core.Documents;
using Enlace.Core.Grading;
using Enlace.Core.Statements;

namespace Enlace.Core.Sources;

/// <summary>The grades in force for an agency's sources: the latest grade of each; a source never graded is F.</summary>
public sealed class SourceGradeBook
{
    private readonly Dictionary<string, SourceGrade> _current = new(StringComparer.Ordinal);

    public SourceGradeBook(IEnumerable<SourceGrade> grades)
    {
        foreach (var grade in grades.OrderBy(g => g.GradedAt).ThenBy(g => g.Id))
        {
            _current[grade.Key] = grade;
        }
    }

    public static SourceGradeBook Empty { get; } = new([]);

    public SourceGrade? Current(string? source) => source is null ? null : _current.GetValueOrDefault(SourceGrade.KeyOf(source));

    public SourceReliability ReliabilityOf(string? source) => Current(source)?.Reliability ?? SourceReliability.F;

    /// <summary>
    /// Who a statement comes from, as briefs cite it and grades name it: whom the report attributes it to, else the
    /// report itself (its title, else its file name), else whoever asserted it (an analyst, an operation).
    /// </summary>
    public static string SourceOf(Statement statement, Document? document) =>
        statement.AssertedBy is { Length: > 0 } asserted ? asserted
        : document is not null ? (string.IsNullOrWhiteSpace(document.Title) ? document.FileName : document.Title)
        : statement.Author;
}
