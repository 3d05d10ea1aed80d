using CsCheck;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests;

public sealed class QuantityIntervalTests
{
    private static readonly Gen<decimal> Count = Gen.Int[0, 100_000].Select(i => (decimal)i);
    private static readonly Gen<Qualifier> AnyQualifier = Gen.Enum<Qualifier>();

    [Fact]
    public void At_least_23_and_exactly_20_arrests_conflict()
    {
        var atLeast23 = QuantityInterval.From(23, Qualifier.AtLeast);
        var exactly20 = QuantityInterval.From(20, Qualifier.Exact);

        Assert.False(atLeast23.Overlaps(exactly20));
    }

    [Fact]
    public void Over_300_and_more_than_300_officers_corroborate()
    {
        Assert.True(QuantityInterval.From(300, Qualifier.MoreThan).Overlaps(QuantityInterval.From(300, Qualifier.MoreThan)));
    }

    [Fact]
    public void More_than_n_excludes_n_itself_while_at_least_n_includes_it()
    {
        Assert.False(QuantityInterval.From(12, Qualifier.MoreThan).Overlaps(QuantityInterval.From(12, Qualifier.Exact)));
        Assert.True(QuantityInterval.From(12, Qualifier.AtLeast).Overlaps(QuantityInterval.From(12, Qualifier.Exact)));
    }

    [Fact]
    public void Approximately_n_spans_ten_percent_or_at_least_one_either_side()
    {
        Assert.Equal(new QuantityInterval(45, true, 55, true), QuantityInterval.From(50, Qualifier.Approximately));
        Assert.Equal(new QuantityInterval(7, true, 9, true), QuantityInterval.From(8, Qualifier.Approximately));
        Assert.Equal(new QuantityInterval(40, true, 60, true), QuantityInterval.From(50, Qualifier.Approximately, tolerance: 0.2m));
    }

    [Fact]
    public void Up_to_and_at_most_start_at_zero()
    {
        Assert.Equal(new QuantityInterval(0, true, 40, true), QuantityInterval.From(40, Qualifier.UpTo));
        Assert.True(QuantityInterval.From(40, Qualifier.AtMost).Contains(0));
    }

    [Fact]
    public void Every_interval_contains_the_number_it_was_made_from_except_more_than()
    {
        Gen.Select(Count, AnyQualifier).Sample((n, q) =>
            QuantityInterval.From(n, q).Contains(n) == (q != Qualifier.MoreThan));
    }

    [Fact]
    public void Overlap_is_symmetric_and_reflexive()
    {
        Gen.Select(Count, AnyQualifier, Count, AnyQualifier).Sample((a, qa, b, qb) =>
        {
            var x = QuantityInterval.From(a, qa);
            var y = QuantityInterval.From(b, qb);
            return x.Overlaps(y) == y.Overlaps(x) && x.Overlaps(x);
        });
    }

    [Fact]
    public void Two_intervals_overlap_exactly_when_some_value_lies_in_both()
    {
        // Whole and half-unit probes cover every boundary the qualifiers can make from whole counts.
        Gen.Select(Gen.Int[0, 60], AnyQualifier, Gen.Int[0, 60], AnyQualifier).Sample((a, qa, b, qb) =>
        {
            var x = QuantityInterval.From(a, qa);
            var y = QuantityInterval.From(b, qb);
            var shared = Enumerable.Range(0, 300).Select(i => i / 2m).Any(v => x.Contains(v) && y.Contains(v));
            return x.Overlaps(y) == shared;
        });
    }
}
