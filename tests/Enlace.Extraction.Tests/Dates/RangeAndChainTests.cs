namespace Enlace.Extraction.Tests.Dates;

/// <summary>
/// Date ranges read as one interval, dates counted from the date written just before them, update stamps, seasons,
/// fiscal years and the order of numeric dates, on invented sentences.
/// </summary>
public sealed class RangeAndChainTests
{
    [Theory]
    [InlineData("La vigilancia se mantuvo entre el 3 y el 5 de marzo.", "es", "entre el 3 y el 5 de marzo → 2025-03-03/2025-03-05")]
    [InlineData("El juicio oral se celebró del 10 al 14 de noviembre de 2024.", "es", "del 10 al 14 de noviembre de 2024 → 2024-11-10/2024-11-14")]
    [InlineData("Los cobros se hicieron entre marzo y mayo de 2024.", "es", "entre marzo y mayo de 2024 → 2024-03/2024-05")]
    [InlineData("La red operó entre enero de 2022 y agosto de 2024.", "es", "entre enero de 2022 y agosto de 2024 → 2022-01/2024-08")]
    [InlineData("El operativo duró entre el lunes 3 y el viernes 7 de febrero.", "es", "entre el lunes 3 y el viernes 7 de febrero → 2025-02-03/2025-02-07")]
    [InlineData("The searches ran between February 3 and 7 against the cell.", "en", "between February 3 and 7 → 2025-02-03/2025-02-07")]
    [InlineData("Between 1 October 2023 and 30 September 2024 the shelter took in 900 people.", "en", "Between 1 October 2023 and 30 September 2024 → 2023-10-01/2024-09-30")]
    [InlineData("From in or around May 2021 through in or around June 2024, the ring moved cash.", "en", "From in or around May 2021 through in or around June 2024 → 2021-05/2024-06")]
    [InlineData("The period (October 1, 2023, through September 30, 2024) saw a rise.", "en", "October 1, 2023, through September 30, 2024 → 2023-10-01/2024-09-30")]
    public void A_range_is_one_date_from_its_first_end_to_its_last(string text, string language, string expected) =>
        Assert.Equal([expected], Probe.Dates(text, language, "2025-02-10"));

    [Theory]
    [InlineData("The searches ran between February 3 and 14 people were held.", "en")]
    [InlineData("Los condenados tienen entre 14 y 17 años.", "es")]
    [InlineData("Between 5 and 30 years in prison.", "en")]
    public void Two_numbers_that_are_no_dates_make_no_range(string text, string language) =>
        Assert.DoesNotContain(Probe.Dates(text, language, "2025-02-10"), d => d.Contains('/', StringComparison.Ordinal));

    [Theory]
    [InlineData("La captura fue el 22 de enero. Al día siguiente declaró ante el juez.", "es", "Al día siguiente → 2025-01-23")]
    [InlineData("La vigilancia fue entre el 3 y el 5 de febrero. Al día siguiente hubo registros.", "es", "Al día siguiente → 2025-02-06")]
    [InlineData("El abordaje fue el 6 de febrero y un tercer detenido cayó dos días después.", "es", "dos días después → 2025-02-08")]
    [InlineData("La denuncia llegó el 20 de enero; tres días antes había huido.", "es", "tres días antes → 2025-01-17")]
    [InlineData("La captura fue el 22 de enero. Ese día también se incautaron armas.", "es", "Ese día → 2025-01-22")]
    [InlineData("The raid was on January 22. A ninth suspect was arrested the following day.", "en", "the following day → 2025-01-23")]
    [InlineData("The house was found on 10 January. Staff met them two days later.", "en", "two days later → 2025-01-12")]
    [InlineData("Agents searched it on January 9; two days earlier, a tip had come in.", "en", "two days earlier → 2025-01-07")]
    public void A_chained_date_counts_from_the_date_written_before_it(string text, string language, string expected) =>
        Assert.Contains(expected, Probe.Dates(text, language, "2025-02-10"));

    [Theory]
    [InlineData("The raid was on January 22. It came two days before the trial.", "en")]
    [InlineData("La captura fue el 22 de enero, dos días después del allanamiento.", "es")]
    public void Days_counted_from_an_undated_event_are_left_alone(string text, string language) =>
        Assert.DoesNotContain(Probe.Dates(text, language, "2025-02-10"), d => d.StartsWith("two", StringComparison.Ordinal) || d.StartsWith("dos", StringComparison.Ordinal));

    [Fact]
    public void Relative_dates_under_an_update_stamp_count_from_the_stamp()
    {
        const string text = "Puerto Nuevo, 14 mar (APN).– La Prefectura detuvo este viernes a tres marineros.\n\n"
            + "ACTUALIZACIÓN 1 – 16/03/2025, 09:10\n\nLa Prefectura informó que el sábado se halló más carga y que este domingo "
            + "se trasladó a los detenidos. Ocurrió el 14/03/2025.";

        var dates = Probe.Dates(text, "es");

        Assert.Contains("este viernes → 2025-03-14", dates);
        Assert.Contains("el sábado → 2025-03-15", dates);
        Assert.Contains("este domingo → 2025-03-16", dates);
    }

    [Fact]
    public void English_update_stamps_with_a_time_and_zone_anchor_what_follows()
    {
        const string text = "PORT TOWN, March 4, 2025 (Wire) - Customs seized cocaine on Tuesday.\n\nUPDATED 10:05 CET, March 8, 2025\n\n"
            + "A judge jailed two crew members on Saturday.";

        var dates = Probe.Dates(text, "en");

        Assert.Contains("on Tuesday → 2025-03-04", dates);
        Assert.Contains("on Saturday → 2025-03-08", dates);
    }

    [Fact]
    public void A_broadcast_header_gives_the_publication_date()
    {
        var findings = Probe.Find("RADIO NORTE – Noticiero\nEmisión del jueves 5 de junio de 2025, 06:30 h\n\nAyer la policía detuvo a dos hombres.", "es");

        Assert.Equal(new DateOnly(2025, 6, 5), findings.Published);
        Assert.Contains(findings.Dates, d => d.Text == "Ayer" && d.Resolved.ToIsoString() == "2025-06-04");
    }

    [Fact]
    public void A_dateline_with_a_country_in_brackets_is_read()
    {
        var findings = Probe.Find("Puerto Nuevo (Ecuador), 14 mar (APN).– La Armada informó el 14/03/2025 que detuvo a tres marineros.", "es");

        Assert.Equal(new DateOnly(2025, 3, 14), findings.Published);
    }

    [Theory]
    [InlineData("Seizures rose in fiscal year 2024.", "fiscal year 2024 → 2023-10-01/2024-09-30")]
    [InlineData("Seizures rose in FY 2023.", "FY 2023 → 2022-10-01/2023-09-30")]
    [InlineData("The port has been a hub since the 1990s.", "the 1990s → 1990/1999")]
    [InlineData("Arrests climbed this summer.", "this summer → 2025-06/2025-08")]
    [InlineData("It began in the spring of last year.", "the spring of last year → 2024-03/2024-05")]
    [InlineData("SIGNED this 3rd day of March, 2025.", "3rd day of March, 2025 → 2025-03-03")]
    public void Named_spans_resolve_to_their_intervals(string text, string expected) =>
        Assert.Contains(expected, Probe.Dates(text, "en", "2025-09-10"));

    [Fact]
    public void An_english_document_that_writes_day_first_reads_its_numeric_dates_day_first()
    {
        const string text = "Date: 2025-05-09\n\nThe searches of 06/05/2025 (day first) led to a second phase in the week of 19 May. "
            + "Timeline: 6.5.2025 searches.";

        Assert.Contains("06/05/2025 → 2025-05-06", Probe.Dates(text, "en"));
    }

    [Fact]
    public void An_american_document_keeps_month_first()
    {
        const string text = "WASHINGTON, May 9, 2025 - Agents filed the complaint on 06/05/2025 and the judge signed it on May 7, 2025.";

        Assert.Contains("06/05/2025 → 2025-06-05", Probe.Dates(text, "en"));
    }

    [Fact]
    public void A_spanish_document_with_a_month_first_date_reads_the_rest_that_way()
    {
        const string text = "Nueva York, 9 de mayo de 2025. La denuncia se presentó el 12/28/2024 y la audiencia será el 06/05/2025.";

        Assert.Contains("06/05/2025 → 2025-06-05", Probe.Dates(text, "es"));
    }

    [Theory]
    [InlineData("Since October, agents have found 900 people in stash houses.", "en", "Since October → 2024-10")]
    [InlineData("Desde octubre, la policía ha rescatado a 90 personas.", "es", "Desde octubre → 2024-10")]
    [InlineData("Since March, agents have found 900 people.", "en", "Since March → 2025-03")]
    public void A_month_after_since_is_the_last_one_up_to_publication(string text, string language, string expected) =>
        Assert.Contains(expected, Probe.Dates(text, language, "2025-08-11"));
}
