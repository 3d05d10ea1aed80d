namespace Enlace.Extraction.Tests.Dates;

public sealed class PublicationDateTests
{
    [Fact]
    public void A_dateline_without_a_year_takes_the_year_of_the_footer_and_the_footer_is_not_listed_again()
    {
        const string text = "Andina\n\n11:35 | Lima, Feb. 10.\n\nPolice raided eight sites last week.\n\n(END)\n\nPublished: 2/10/2025";

        var findings = Probe.Find(text, "en");

        Assert.Equal(new DateOnly(2025, 2, 10), findings.Published);
        Assert.Equal(["Feb. 10 → 2025-02-10", "last week → 2025-W06"], findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
    }

    [Theory]
    [InlineData("LIMA, March 17, 2025 — The U.S. Embassy congratulated the police.", "en", "2025-03-17", "March 17, 2025")]
    [InlineData("ARICA, Chile, June 3, 2025 — Chilean police arrested 17 people.", "en", "2025-06-03", "June 3, 2025")]
    [InlineData("FOR IMMEDIATE RELEASE\nTuesday, May 6, 2025\n\nCharges were filed.", "en", "2025-05-06", "Tuesday, May 6, 2025")]
    [InlineData("Press statement\n\nBogotá, 25 October 2024\n\nPolice dismantled a network.", "en", "2024-10-25", "25 October 2024")]
    [InlineData("Lima, 17 de marzo de 2025.– La Policía Nacional informó.", "es", "2025-03-17", "17 de marzo de 2025")]
    [InlineData("Judicial | Barranquilla, 25 de octubre de 2024\n\nUn juez decidió.", "es", "2024-10-25", "25 de octubre de 2024")]
    [InlineData("Santa Cruz de la Sierra, 28 de agosto de 2025.– Efectivos rescataron a ocho mujeres.", "es", "2025-08-28", "28 de agosto de 2025")]
    public void A_dateline_gives_the_publication_date_and_is_listed(string text, string language, string published, string mention)
    {
        var findings = Probe.Find(text, language);

        Assert.Equal(published, findings.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(mention, findings.Dates[0].Text);
    }

    [Theory]
    [InlineData("DIARIO EL FARO\nPoliciales | Publicado: 10/04/2025\n\nLa Policía informó.", "es", "2025-04-10")]
    [InlineData("Pacific Coast Herald\nBy Ana Ruiz\nPublished: 4/10/2025\n\nPolice said.", "en", "2025-04-10")]
    [InlineData("SITUATION NOTE\nDate: 17 March 2025\nMarking: TLP:AMBER", "en", "2025-03-17")]
    [InlineData("Noticia\n\nLa Policía informó de las detenciones.\n\nFecha: 5 de junio de 2025", "es", "2025-06-05")]
    public void A_published_label_gives_the_publication_date_in_the_order_of_the_language(string text, string language, string published) =>
        Assert.Equal(published, Probe.Find(text, language).Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_date_opening_a_sentence_in_the_body_is_not_a_dateline()
    {
        const string text = "Report\n\nMarch 14, 2025 was the day police raided 11 houses.\nOn March 20, 2025, a judge ordered detention.";

        Assert.Null(Probe.Find(text, "en").Published);
    }

    [Fact]
    public void The_publication_date_given_by_the_caller_wins_over_the_text()
    {
        var findings = Probe.Find("LIMA, March 17, 2025 — Police raided houses yesterday.", "en", "2025-03-18");

        Assert.Equal(new DateOnly(2025, 3, 18), findings.Published);
        Assert.Contains("yesterday → 2025-03-17", findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
    }

    [Fact]
    public void Without_any_date_of_its_own_a_report_has_no_publication_date_and_its_relative_dates_are_skipped()
    {
        var findings = Probe.Find("Police raided eight sites last week and arrested 20 people yesterday.", "en");

        Assert.Null(findings.Published);
        Assert.Empty(findings.Dates);
    }
}
