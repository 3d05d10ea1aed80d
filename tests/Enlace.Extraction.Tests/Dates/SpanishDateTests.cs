namespace Enlace.Extraction.Tests.Dates;

/// <summary>Spanish dates in a report published on Monday 17 March 2025.</summary>
public sealed class SpanishDateTests
{
    private const string Published = "2025-03-17";

    [Theory]
    [InlineData("El operativo se realizó el 7 de febrero.", "7 de febrero → 2025-02-07")]
    [InlineData("Lima, 15 de marzo de 2025.– La Policía informó.", "15 de marzo de 2025 → 2025-03-15")]
    [InlineData("El operativo empezó en la madrugada del viernes 14 de marzo.", "viernes 14 de marzo → 2025-03-14")]
    [InlineData("Todo ocurrió la noche del 7 de enero.", "la noche del 7 de enero → 2025-01-07")]
    [InlineData("Fue detenido el 3 de marzo del 2025.", "3 de marzo del 2025 → 2025-03-03")]
    [InlineData("Ocurrió el 1.º de mayo de 2024.", "1.º de mayo de 2024 → 2024-05-01")]
    [InlineData("Ocurrió el primero de marzo.", "primero de marzo → 2025-03-01")]
    [InlineData("Bogotá, 24 oct (EFE). La Policía informó.", "24 oct → 2024-10-24")]
    [InlineData("Se inició en octubre de 2023, tras una reyerta.", "octubre de 2023 → 2023-10")]
    [InlineData("En enero de 2024 rescató a 21 mujeres.", "enero de 2024 → 2024-01")]
    [InlineData("La Policía golpeó en marzo a Los Gallegos.", "en marzo → 2025-03")]
    [InlineData("Se asentó en el oriente a finales de 2023.", "a finales de 2023 → 2023")]
    [InlineData("Opera en la capital desde 2022.", "desde 2022 → 2022")]
    [InlineData("Opera en Perú desde el 2021.", "desde el 2021 → 2021")]
    [InlineData("Se fundó en el 2014 en Aragua.", "2014 → 2014")]
    [InlineData("Creció a finales del 2023.", "a finales del 2023 → 2023")]
    [InlineData("Acompaña a víctimas desde 2016 en el Perú.", "desde 2016 → 2016")]
    [InlineData("Está investigada desde al menos 2021.", "desde al menos 2021 → 2021")]
    [InlineData("Se expandió a Chile a partir de 2018.", "a partir de 2018 → 2018")]
    [InlineData("La banda surgió en 1989 en Nueva York.", "1989 → 1989")]
    [InlineData("Explotó a mujeres durante 2023.", "durante 2023 → 2023")]
    [InlineData("Son 1.135 expulsados en lo que va de 2025.", "en lo que va de 2025 → 2025")]
    [InlineData("Publicado: 17/03/2025", "17/03/2025 → 2025-03-17")]
    [InlineData("Se detuvo a 23 personas en un dispositivo desarrollado el jueves 13 en Madrid.", "jueves 13 → 2025-03-13")]
    public void Calendar_dates_are_read_with_the_extent_analysts_mark(string text, params string[] expected) =>
        Assert.Equal(expected, Probe.Dates(text, "es", Published));

    [Theory]
    [InlineData("La Policía golpeó ayer a una facción.", "ayer → 2025-03-16")]
    [InlineData("La PNP ejecutó ayer domingo un megaoperativo.", "ayer domingo → 2025-03-16")]
    [InlineData("Los detenidos pasarán hoy a control de detención.", "hoy → 2025-03-17")]
    [InlineData("Rescataron anoche a ocho mujeres.", "anoche → 2025-03-16")]
    [InlineData("Esta madrugada, 150 policías allanaron doce casas.", "Esta madrugada → 2025-03-17")]
    [InlineData("La cifra que difundió la PNP el sábado era otra.", "el sábado → 2025-03-15")]
    [InlineData("La operación, ejecutada el pasado martes, fue un éxito.", "el pasado martes → 2025-03-11")]
    [InlineData("Así lo decidió este jueves un juez.", "este jueves → 2025-03-13")]
    [InlineData("Un grupo llegó en la madrugada de este miércoles.", "este miércoles → 2025-03-12")]
    [InlineData("Serán trasladados el próximo lunes.", "el próximo lunes → 2025-03-24")]
    [InlineData("La operación fue ejecutada la semana pasada en Lima.", "la semana pasada → 2025-W11")]
    [InlineData("Hubo redadas durante el fin de semana.", "el fin de semana → 2025-W11")]
    [InlineData("Las detenciones subieron el mes pasado.", "el mes pasado → 2025-02")]
    [InlineData("Lo anunció a principios de este mes.", "a principios de este mes → 2025-03")]
    [InlineData("Es la mayor operación en lo que va del año.", "en lo que va del año → 2025")]
    [InlineData("Las expulsiones crecieron este año.", "este año → 2025")]
    [InlineData("Las expulsiones crecieron el año pasado.", "el año pasado → 2024")]
    [InlineData("En enero del año pasado, la Dirtrap rescató a 21 mujeres.", "enero del año pasado → 2024-01")]
    [InlineData("Ocurrió hace dos días.", "hace dos días → 2025-03-15")]
    [InlineData("Ocurrió hace tres semanas.", "hace tres semanas → 2025-W09")]
    [InlineData("Fueron detenidos el sábado. Ese mismo día se incautó droga.", "el sábado → 2025-03-15", "Ese mismo día → 2025-03-15")]
    [InlineData("La audiencia será mañana.", "mañana → 2025-03-18")]
    public void Relative_dates_are_resolved_against_the_publication_date(string text, params string[] expected) =>
        Assert.Equal(expected, Probe.Dates(text, "es", Published));

    [Theory]
    [InlineData("Llegaron más de 2000 agentes.")]
    [InlineData("Fue condenado a 2025 días de prisión.")]
    [InlineData("Los viernes hay control y cada sábado, patrullaje.")]
    [InlineData("Hoy en día es común en los años 90.")]
    [InlineData("Por la mañana hubo redadas junto al mar.")]
    [InlineData("Ayer la Policía detuvo a nueve personas.")]
    public void Counts_habits_and_unresolvable_days_are_not_dates(string text) =>
        Assert.Empty(Probe.Dates(text, "es"));
}
