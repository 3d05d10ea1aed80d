using Enlace.Extraction.Dates;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Dates;

public sealed class YearInferenceTests
{
    [Fact]
    public void A_stated_weekday_picks_the_year_nearest_after_the_latest_dated_month()
    {
        const string text = "The operation was carried out in Peru on Friday (February 7). In January 2024, police rescued 40 girls. "
            + "The gang traces its origins to Venezuela in 2014. On February 1, ICE arrested a member.";

        var findings = Probe.Find(text, "en");

        Assert.Null(findings.Published);
        Assert.Equal(2025, findings.InferredYear);
        Assert.Contains("Friday (February 7) → 2025-02-07", findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
        Assert.Contains("February 1 → 2025-02-01", findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
    }

    [Fact]
    public void Background_years_do_not_pull_the_inferred_year_back()
    {
        const string text = "La asociación, que desde 2016 acompaña a sobrevivientes, se pronuncia ante los hechos del viernes 14 de marzo.";

        var findings = Probe.Find(text, "es");

        Assert.Equal(2025, findings.InferredYear);
        Assert.Contains("viernes 14 de marzo → 2025-03-14", findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
    }

    [Fact]
    public void The_inferred_year_is_never_after_today()
    {
        const string text = "It happened on Friday (February 7).";

        var findings = DateFinder.Find(text, "en", null, SentenceSplitter.Split(text), new DateOnly(2025, 1, 1));

        Assert.Equal(2020, findings.InferredYear);
    }

    [Fact]
    public void Several_stated_weekdays_agree_on_one_year()
    {
        var findings = Probe.Find("Raids began on Friday, March 14 and ended on Monday, March 17.", "en");

        Assert.Equal(2025, findings.InferredYear);
    }

    [Fact]
    public void With_a_publication_date_a_yearless_day_takes_its_year_unless_that_puts_it_months_ahead()
    {
        Assert.Equal(["December 28 → 2024-12-28", "January 7 → 2025-01-07"],
            Probe.Dates("They crossed on December 28 and were caught on January 7.", "en", "2025-01-20"));
    }

    [Fact]
    public void A_weekday_that_does_not_match_keeps_the_day_and_warns()
    {
        var date = Assert.Single(Probe.Find("The raids began before dawn on Monday, June 3.", "en", "2025-06-05").Dates);

        Assert.Equal("2025-06-03", date.Resolved.ToIsoString());
        Assert.Equal("June 3, 2025 is a Tuesday, not a Monday", date.Warning);
    }

    [Fact]
    public void A_relative_day_with_a_wrong_weekday_warns_too()
    {
        var date = Assert.Single(Probe.Find("La PNP ejecutó ayer viernes un megaoperativo.", "es", "2025-03-17").Dates);

        Assert.Equal("2025-03-16", date.Resolved.ToIsoString());
        Assert.Equal("March 16, 2025 is a Sunday, not a Friday", date.Warning);
    }
}
