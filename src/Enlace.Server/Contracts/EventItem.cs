using Enlace.Core.Reconciliation;

namespace Enlace.Server.Contracts;

/// <summary>An event as reconciliation groups it, with its figures compared.</summary>
public sealed record EventItem(Guid Id, string Label, string? From, string? To, IReadOnlyList<Guid> Members, IReadOnlyList<Guid> Documents, int Conflicts, IReadOnlyList<FigureItem> Figures)
{
    public static EventItem Of(EventView e) => new(
        e.Id, e.Label, e.Span?.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        e.Span?.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        e.Members, e.Documents, e.Conflicts.Count(), [.. e.Figures.Select(FigureItem.Of)]);
}
