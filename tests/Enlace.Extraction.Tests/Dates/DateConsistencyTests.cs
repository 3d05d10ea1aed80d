namespace Enlace.Extraction.Tests.Dates;

public sealed class DateConsistencyTests
{
    [Fact]
    public void The_seed_report_that_says_last_week_and_January_7_is_warned_on_January_7()
    {
        var document = GoldCorpus.Seed("003");

        var warned = Probe.Find(document.Text, document.Language).Dates.Where(d => d.Warning is not null).ToList();

        var date = Assert.Single(warned);
        Assert.Equal("the night of January 7", date.Text);
        Assert.Equal("'the night of January 7' is not within 'last week' (2025-W06) relative to the publication date 2025-02-10", date.Warning);
    }

    [Theory]
    [InlineData("LIMA, March 17, 2025 — Police raided 11 houses last Friday. The operation took place on March 4, officials said.",
        "en", "March 4")]
    [InlineData("Lima, 17 de marzo de 2025.– La Policía golpeó ayer a la banda. El operativo empezó el viernes 14 de marzo.",
        "es", "viernes 14 de marzo")]
    public void An_absolute_day_outside_the_relative_date_of_the_same_operation_is_warned(string text, string language, string warned)
    {
        var date = Assert.Single(Probe.Find(text, language).Dates, d => d.Warning is not null);

        Assert.Equal(warned, date.Text);
    }

    [Theory]
    [InlineData("LIMA, February 10, 2025 — Police raided eight houses last week. In January 2024, police rescued 40 girls.", "en")]
    [InlineData("LIMA, February 10, 2025 — Police raided eight houses last week. On November 20, police arrested its leader in a raid.", "en")]
    [InlineData("LIMA, March 18, 2025 — The court ordered detention yesterday for those arrested in the raid on March 14.", "en")]
    [InlineData("LIMA, March 17, 2025 — Police raided 11 houses on Friday, March 14. On Saturday, the ambassador visited a shelter.", "en")]
    [InlineData("Arica, 4 de junio de 2025. La Fiscalía formalizó ayer a los detenidos en la operación ejecutada el lunes 2 de junio.", "es")]
    [InlineData("Lima, 17 de marzo de 2025.– La Policía golpeó el viernes a la banda. El operativo empezó el viernes 14 de marzo.", "es")]
    public void Dates_of_other_happenings_or_that_agree_are_not_warned(string text, string language) =>
        Assert.DoesNotContain(Probe.Find(text, language).Dates, d => d.Warning is not null);
}
