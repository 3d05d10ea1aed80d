using Enlace.Core.Statements;

namespace Enlace.Server.Components.Reader;

/// <summary>One highlighted stretch of a report's text and every statement extracted from within it.</summary>
/// <param name="Number">Its place among the report's highlights, from 1; the anchor <c>#h-Number</c> points at it.</param>
public sealed record Highlight(int Number, int Start, int End, IReadOnlyList<Statement> Statements)
{
    /// <summary>What most of its statements are: quantity, date, or a name.</summary>
    public string Kind => Statements.GroupBy(s => s.Value.Kind).OrderByDescending(g => g.Count()).First().Key;
}
