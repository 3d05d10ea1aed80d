using Enlace.Core.Reconciliation;

namespace Enlace.Server.Contracts;

/// <summary>One figure or date of an event with every statement on it and how they agree.</summary>
public sealed record FigureItem(string ConflictKey, Guid EventId, string EventLabel, string Measure, string? Population, string? Unit, string? Item, string Status, IReadOnlyList<StatementItem> Statements)
{
    public static FigureItem Of(FigureComparison f) => new(
        f.ConflictKey, f.EventId, f.EventLabel, f.Measure, f.Key?.Population, f.Key?.Unit, f.Key?.Item,
        f.Agreement.Status.ToString().ToLowerInvariant(), [.. f.Agreement.Statements.Select(StatementItem.Of)]);
}
