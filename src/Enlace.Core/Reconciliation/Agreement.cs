using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// The verdict on a set of statements about the same figure (same event, measure and population) or the same date:
/// conflict when any two have disjoint intervals, corroboration when all overlap. The statements themselves are
/// carried along untouched; nothing is chosen or dropped here.
/// </summary>
public sealed record Agreement(AgreementStatus Status, IReadOnlyList<Statement> Statements, IReadOnlyList<(Statement A, Statement B)> DisjointPairs)
{
    public static Agreement OfQuantities(IReadOnlyList<Statement> statements, decimal tolerance = QuantityInterval.DefaultApproximationTolerance)
    {
        var figures = statements.Where(s => s.Value is QuantityValue).ToList();
        EnsureComparable(figures);
        return Judge(figures, (a, b) => ((QuantityValue)a.Value).Interval(tolerance).Overlaps(((QuantityValue)b.Value).Interval(tolerance)));
    }

    public static Agreement OfDates(IReadOnlyList<Statement> statements)
    {
        var dates = statements.Where(s => s.Value is DateValue).ToList();
        return Judge(dates, (a, b) => ((DateValue)a.Value).Interval.Overlaps(((DateValue)b.Value).Interval));
    }

    private static Agreement Judge(List<Statement> statements, Func<Statement, Statement, bool> overlap)
    {
        var disjoint = new List<(Statement, Statement)>();
        for (var i = 0; i < statements.Count; i++)
        {
            for (var j = i + 1; j < statements.Count; j++)
            {
                if (!overlap(statements[i], statements[j]))
                {
                    disjoint.Add((statements[i], statements[j]));
                }
            }
        }

        var status = statements.Count < 2 ? AgreementStatus.Single : disjoint.Count > 0 ? AgreementStatus.Conflict : AgreementStatus.Corroborated;
        return new Agreement(status, statements, disjoint);
    }

    // Different measures, populations or units never conflict; comparing them is a caller's mistake, not a conflict.
    private static void EnsureComparable(List<Statement> figures)
    {
        if (figures.Select(s => FigureKey.Of((QuantityValue)s.Value)).Distinct().Skip(1).Any())
        {
            throw new ArgumentException("figures of different measures, populations or units are not comparable", nameof(figures));
        }
    }
}
