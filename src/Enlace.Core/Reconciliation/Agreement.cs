using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// The verdict on a set of statements about the same figure (same event, measure and population) or the same date:
/// conflict when any two have disjoint intervals, corroboration when all overlap and they come from at least two
/// sources (two reports, or two sources one report credits). The statements themselves are
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

        var status = disjoint.Count > 0 ? AgreementStatus.Conflict : Sources(statements) < 2 ? AgreementStatus.Single : AgreementStatus.Corroborated;
        return new Agreement(status, statements, disjoint);
    }

    // A figure repeated within one report by one source ("from 12 to 25 years … up to 25 years") confirms nothing; two
    // sources agreeing do, even within one report ("police and prosecutors both said 23").
    private static int Sources(List<Statement> statements) =>
        statements.Select(s => (s.DocumentId, s.DocumentId is null ? s.Author : null, s.AssertedBy)).Distinct().Count();

    // Different measures, populations or units never conflict; comparing them is a caller's mistake, not a conflict.
    private static void EnsureComparable(List<Statement> figures)
    {
        if (figures.Select(s => FigureKey.Of((QuantityValue)s.Value)).Distinct().Skip(1).Any())
        {
            throw new ArgumentException("figures of different measures, populations or units are not comparable", nameof(figures));
        }
    }
}
