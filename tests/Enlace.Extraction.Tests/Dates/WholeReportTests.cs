namespace Enlace.Extraction.Tests.Dates;

/// <summary>Whole reports in styles the gold corpora do not use: a wire story, an agency story, a court ruling.</summary>
public sealed class WholeReportTests
{
    [Fact]
    public void A_wire_story_with_a_short_dateline_and_a_timestamp_footer()
    {
        const string text =
            "LIMA, Feb 12 (Reuters) - Peruvian police said on Wednesday they had rescued 32 women, 11 of them minors, in raids "
            + "carried out on Tuesday night against a cell of Venezuela's Tren de Aragua gang in the north of the capital.\n\n"
            + "The cell, which police say has operated in Lima since at least 2018, lured women with offers of work posted on "
            + "social networks. In December, officers arrested two of its leaders, and a third was detained in Colombia on Jan. 28.\n\n"
            + "The raids come two weeks after the interior minister promised a crackdown, and a month after a similar raid in "
            + "Trujillo. Prosecutors will seek pretrial detention for the 14 suspects on Friday.\n\n"
            + "(Reporting by Marco Aquino; Editing by Sandra Maler)\n"
            + "February 12, 2025 6:45 PM UTC\n";

        var findings = Probe.Find(text, "en");

        Assert.Equal(new DateOnly(2025, 2, 12), findings.Published);
        Assert.Equal(
            ["Feb 12 → 2025-02-12", "on Wednesday → 2025-02-12", "on Tuesday night → 2025-02-11", "since at least 2018 → 2018",
             "In December → 2024-12", "Jan. 28 → 2025-01-28", "on Friday → 2025-02-14"],
            findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
        Assert.DoesNotContain(findings.Dates, d => d.Warning is not null);
    }

    [Fact]
    public void An_agency_story_in_Spanish_with_an_abbreviated_dateline()
    {
        const string text =
            "Lima, 12 feb (EFE).- La Policía Nacional del Perú rescató este miércoles a 32 mujeres, once de ellas menores de "
            + "edad, en un operativo realizado en la madrugada del martes contra una célula del Tren de Aragua en el norte de Lima.\n\n"
            + "La célula operaba en la capital peruana desde al menos 2018, según la Policía. En diciembre pasado, los agentes "
            + "detuvieron a dos de sus cabecillas y un tercero fue capturado en Colombia el 28 de enero.\n\n"
            + "Los detenidos serán presentados el viernes ante un juez, informó la Fiscalía.\n\n"
            + "12/02/2025 18:45\n";

        var findings = Probe.Find(text, "es");

        Assert.Equal(new DateOnly(2025, 2, 12), findings.Published);
        Assert.Equal(
            ["12 feb → 2025-02-12", "este miércoles → 2025-02-12", "martes → 2025-02-11", "desde al menos 2018 → 2018",
             "diciembre pasado → 2024-12", "28 de enero → 2025-01-28", "el viernes → 2025-02-14"],
            findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
    }

    [Fact]
    public void A_court_ruling_that_dates_the_crimes_and_the_arrest()
    {
        const string text =
            "JUZGADO PENAL COLEGIADO DE LIMA NORTE\n\nLima, 3 de octubre de 2025\n\n"
            + "El colegiado condenó hoy a seis integrantes de la organización por hechos cometidos entre enero de 2022 y marzo "
            + "de 2023. Los acusados fueron capturados el 14 de abril de 2023 durante allanamientos en Comas. La audiencia de "
            + "lectura de sentencia se realizó el jueves 2 de octubre, y la defensa apelará la próxima semana.";

        var findings = Probe.Find(text, "es");

        Assert.Equal(new DateOnly(2025, 10, 3), findings.Published);
        Assert.Equal(
            ["3 de octubre de 2025 → 2025-10-03", "hoy → 2025-10-03", "entre enero de 2022 y marzo de 2023 → 2022-01/2023-03",
             "14 de abril de 2023 → 2023-04-14", "jueves 2 de octubre → 2025-10-02", "la próxima semana → 2025-W41"],
            findings.Dates.Select(d => $"{d.Text} → {d.Resolved}"));
    }
}
