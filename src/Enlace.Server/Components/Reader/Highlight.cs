using Enlace.Core.Statements;

namespace Enlace.Server.Components.Reader;

/// <summary>One highlighted stretch of a report's text and every statement extracted from within it.</summary>
/// <param name="Number">Its place among the report's highlights, from 1; the anchor <c>#h-Number</c> points at it.</param>
public sealed record Highlight(int Number, int Start, int End, IReadOnlyList<Statement> Statements)
{
    /// <summary>What most of its statements are: a quantity, a date, a name (or role) of an entity, or other text.</summary>
    public string Kind => Statements.GroupBy(KindOf).OrderByDescending(g => g.Count()).First().Key;

    private static string KindOf(Statement statement) =>
        statement.Property is "named_as" or "role" || statement.Value is EntityValue ? "entity" : statement.Value.Kind;
}
