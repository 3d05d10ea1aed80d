namespace Enlace.Core.Reconciliation;

/// <summary>Every statement one event has on one figure (or on its date), and how they agree.</summary>
/// <param name="Key">The figure compared; null for the event's date.</param>
public sealed record FigureComparison(Guid EventId, string EventLabel, FigureKey? Key, Agreement Agreement)
{
    public string Measure => Key?.Measure ?? "date";

    /// <summary>A stable name for the comparison, used to record adjudications on it: "event-id/measure/population".</summary>
    public string ConflictKey => $"{EventId:N}/{Key?.ToString() ?? "date"}";
}
