using CsCheck;
using Enlace.Core.Grading;
using Enlace.Core.Markings;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests;

public sealed class AgreementTests
{
    private static readonly Guid Raid = Guid.CreateVersion7();

    private static int _source;

    // Each figure from its own source, as if read in different reports, unless a source is named.
    private static Statement Figure(decimal value, Qualifier qualifier, string measure = "rescued", string? population = null, string? source = null) =>
        Statement.Create(Guid.Empty, Raid, measure, new QuantityValue(value, qualifier, measure, population),
            Provenance.Analyst(source ?? $"analyst {Interlocked.Increment(ref _source)}"), InformationCredibility.CannotBeJudged, Marking.Default, DateTimeOffset.UnixEpoch);

    private static Statement Date(DateInterval interval) =>
        Statement.Create(Guid.Empty, Raid, "date", new DateValue(interval),
            Provenance.Analyst($"analyst {Interlocked.Increment(ref _source)}"), InformationCredibility.CannotBeJudged, Marking.Default, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Rescued_figures_from_two_sources_conflict_when_their_intervals_do_not_overlap()
    {
        var embassy = Figure(84, Qualifier.Exact);
        var police = Figure(123, Qualifier.Exact);

        var agreement = Agreement.OfQuantities([embassy, police]);

        Assert.Equal(AgreementStatus.Conflict, agreement.Status);
        Assert.Equal((embassy, police), Assert.Single(agreement.DisjointPairs));
        Assert.Equal(2, agreement.Statements.Count);
    }

    [Fact]
    public void Over_300_and_more_than_300_officers_corroborate()
    {
        Assert.Equal(AgreementStatus.Corroborated, Agreement.OfQuantities([Figure(300, Qualifier.MoreThan, "officers"), Figure(300, Qualifier.MoreThan, "officers")]).Status);
    }

    [Fact]
    public void One_source_repeating_a_figure_does_not_corroborate_it_but_may_still_contradict_itself()
    {
        Assert.Equal(AgreementStatus.Single, Agreement.OfQuantities([Figure(25, Qualifier.UpTo, "sentenced", source: "ana"), Figure(25, Qualifier.Exact, "sentenced", source: "ana")]).Status);
        Assert.Equal(AgreementStatus.Conflict, Agreement.OfQuantities([Figure(7, Qualifier.Exact, source: "ana"), Figure(9, Qualifier.Exact, source: "ana")]).Status);
    }

    [Fact]
    public void A_single_figure_is_neither_conflict_nor_corroboration()
    {
        Assert.Equal(AgreementStatus.Single, Agreement.OfQuantities([Figure(3, Qualifier.Exact, population: "minors")]).Status);
    }

    [Fact]
    public void Figures_of_different_measures_are_never_compared()
    {
        Assert.Throws<ArgumentException>(() => Agreement.OfQuantities([Figure(24, Qualifier.Approximately, "targeted"), Figure(20, Qualifier.Exact, "arrested")]));
        Assert.Throws<ArgumentException>(() => Agreement.OfQuantities([Figure(3, Qualifier.Exact, population: "minors"), Figure(50, Qualifier.Approximately, population: null)]));
    }

    [Fact]
    public void The_seventh_of_February_and_the_seventh_of_January_conflict_but_the_week_of_the_raid_agrees_with_february()
    {
        var february = Date(DateInterval.Day(new DateOnly(2025, 2, 7)));
        var january = Date(DateInterval.Day(new DateOnly(2025, 1, 7)));
        var lastWeek = Date(DateInterval.WeekOf(new DateOnly(2025, 2, 3)));

        Assert.Equal(AgreementStatus.Conflict, Agreement.OfDates([february, january]).Status);
        Assert.Equal(AgreementStatus.Corroborated, Agreement.OfDates([february, lastWeek]).Status);
        Assert.Equal(2, Agreement.OfDates([february, january, lastWeek]).DisjointPairs.Count);
    }

    [Fact]
    public void A_set_conflicts_exactly_when_some_pair_is_disjoint()
    {
        Gen.Select(Gen.Int[0, 200], Gen.Enum<Qualifier>()).Array[1, 6].Sample(figures =>
        {
            var statements = figures.Select(f => Figure(f.Item1, f.Item2)).ToList();
            var agreement = Agreement.OfQuantities(statements);
            var anyDisjoint = statements.SelectMany((a, i) => statements.Skip(i + 1).Select(b => (a, b)))
                .Any(p => !((QuantityValue)p.a.Value).Interval().Overlaps(((QuantityValue)p.b.Value).Interval()));
            return (agreement.Status == AgreementStatus.Conflict) == anyDisjoint && agreement.Statements.Count == statements.Count;
        });
    }
}
