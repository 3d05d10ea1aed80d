using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// One event as reconciliation sees it: the reported happenings of every document grouped into it, its dates, places
/// and participants, and every statement on each of its figures with their agreement.
/// </summary>
/// <param name="Id">The event entity that stands for the group (the oldest one).</param>
public sealed record EventView(
    Guid Id,
    string Label,
    IReadOnlyList<Guid> Members,
    IReadOnlyList<Guid> Documents,
    IReadOnlyList<FigureComparison> Figures)
{
    public IEnumerable<FigureComparison> Conflicts => Figures.Where(f => f.Agreement.Status == AgreementStatus.Conflict);

    public IEnumerable<FigureComparison> Corroborations => Figures.Where(f => f.Agreement.Status == AgreementStatus.Corroborated);

    /// <summary>The earliest and latest day any statement gives for the event, if any.</summary>
    public DateInterval? Span
    {
        get
        {
            var dates = Figures.Where(f => f.Key is null).SelectMany(f => f.Agreement.Statements).Select(s => s.Value).OfType<DateValue>().ToList();
            return dates.Count == 0 ? null : new DateInterval(dates.Min(d => d.Interval.Start), dates.Max(d => d.Interval.End), DatePrecision.Day);
        }
    }
}
