using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;

namespace Enlace.Core.Tests.Reconciliation;

public sealed class EventMatchTests
{
    [Fact]
    public void Reports_of_one_day_in_one_district_are_the_same_happening()
    {
        var wire = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").In("Arequipa", "PE");
        var police = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE");

        var match = EventMatch.Between(wire.Evidence, police.Evidence);

        Assert.Equal(Verdict.Same, match.Verdict);
        Assert.Contains("1 locality", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_country_is_not_a_shared_place()
    {
        var raid = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").InCountry("Venezuela", "VE").With("Los Cóndores del Sur");
        var deportation = Happening.InReport().On(2025, 10, 7).In("Tacna", "PE").InCountry("Venezuela", "VE").With("Los Cóndores del Sur");

        var match = EventMatch.Between(raid.Evidence, deportation.Evidence);

        Assert.NotEqual(Verdict.Same, match.Verdict);
        Assert.False(match.Contradicts);
    }

    [Fact]
    public void Places_in_different_countries_or_dates_far_apart_rule_a_pair_out()
    {
        var lima = Happening.InReport().On(2025, 10, 7).In("Miraflores", "PE");
        var bogota = Happening.InReport().On(2025, 10, 7).In("Chapinero", "CO");
        var later = Happening.InReport().On(2025, 11, 12).In("Miraflores", "PE");

        Assert.True(EventMatch.Between(lima.Evidence, bogota.Evidence).Contradicts);
        Assert.True(EventMatch.Between(lima.Evidence, later.Evidence).Contradicts);
    }

    [Fact]
    public void A_month_or_days_a_little_apart_need_a_participant_or_a_figure_in_common()
    {
        var day = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var month = Happening.InReport().InMonth(2025, 10).In("Cayma", "PE");
        var monthWithGang = Happening.InReport().InMonth(2025, 10).In("Cayma", "PE").With("Los Cóndores del Sur");
        var nextDay = Happening.InReport().On(2025, 10, 8).In("Cayma", "PE").Reporting("arrested");

        Assert.Equal(Verdict.Unsure, EventMatch.Between(day.Evidence, month.Evidence).Verdict);
        Assert.Equal(Verdict.Same, EventMatch.Between(day.Evidence, monthWithGang.Evidence).Verdict);
        Assert.Equal(Verdict.Same, EventMatch.Between(day.Evidence, nextDay.Evidence).Verdict);
        Assert.True(EventMatch.Between(day.Evidence, nextDay.Evidence).Score < EventMatch.Between(day.Evidence, Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").Reporting("arrested").Evidence).Score);
    }

    [Fact]
    public void An_undated_report_is_at_most_proposed_for_review()
    {
        var dated = Happening.InReport().On(2025, 10, 7).In("Cayma", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var undated = Happening.InReport().In("Cayma", "PE").With("Los Cóndores del Sur").Reporting("arrested");
        var undatedAndThin = Happening.InReport().In("Cayma", "PE");

        Assert.Equal(Verdict.Unsure, EventMatch.Between(dated.Evidence, undated.Evidence).Verdict);
        Assert.Equal(Verdict.NotSame, EventMatch.Between(dated.Evidence, undatedAndThin.Evidence).Verdict);
    }

    [Fact]
    public void Without_any_locality_a_shared_country_counts_only_on_the_same_day_with_something_else_in_common()
    {
        var a = Happening.InReport().On(2025, 10, 7).InCountry("Bolivia", "BO").With("Fuerza Especial").Reporting("seized");
        var sameDay = Happening.InReport().On(2025, 10, 7).InCountry("Bolivia", "BO").With("Fuerza Especial");
        var sameWeek = Happening.InReport().WeekOf(2025, 10, 7).InCountry("Bolivia", "BO").With("Fuerza Especial");

        Assert.Equal(Verdict.Same, EventMatch.Between(a.Evidence, sameDay.Evidence).Verdict);
        Assert.NotEqual(Verdict.Same, EventMatch.Between(a.Evidence, sameWeek.Evidence).Verdict);
    }
}
