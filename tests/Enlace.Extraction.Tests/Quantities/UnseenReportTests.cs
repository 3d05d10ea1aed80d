using Enlace.Extraction.Quantities;

namespace Enlace.Extraction.Tests.Quantities;

/// <summary>
/// Whole reports written for these tests, in the styles of other countries' police, prosecutors and press, that the
/// rules were not tuned on when they were first written: every figure, in order, with its measure and population.
/// </summary>
public sealed class UnseenReportTests
{
    private const string PanamaRelease = """
        MINISTERIO DEL INTERIOR – REPÚBLICA DE PANAMÁ

        Desarticulan red de trata que operaba en Colón y Ciudad de Panamá

        Ciudad de Panamá, 3 de octubre de 2025. Un total de 18 personas fueron aprehendidas durante la Operación Horizonte, ejecutada en la madrugada del martes por la Policía Nacional con el apoyo de la Dirección de Investigación Judicial (DIJ). En el despliegue participaron 320 unidades policiales, que realizaron 14 allanamientos simultáneos en los corregimientos de Cristóbal y Barrio Norte.

        Según el fiscal superior Andrés Medina Ríos, la red captaba a mujeres de Venezuela y Colombia con ofertas falsas de empleo. Durante el operativo se logró rescatar a 22 víctimas, entre ellas tres menores de edad, quienes fueron trasladadas a un albergue del Ministerio de Desarrollo Social.

        En los inmuebles se decomisaron 3 armas de fuego, 150 municiones de distintos calibres, 9 vehículos y 48.500 balboas en efectivo, además de 2,3 kilogramos de marihuana.

        De los aprehendidos, 11 son de nacionalidad venezolana, 5 colombianos y 2 panameños. El juez de garantías ordenó la detención provisional de 15 de ellos, mientras que los otros tres quedaron con medidas cautelares distintas.

        La red habría obtenido ganancias de más de 2 millones de dólares desde 2022, según estimaciones de la Unidad de Análisis Financiero. Se investiga además la participación de al menos cuatro funcionarios públicos.

        La línea 311 y el número 507 6000-0000 están disponibles para denuncias anónimas.
        """;

    private const string TijuanaWire = """
        Metro Daily News
        Published: 11/04/2025

        Sixteen arrested as police dismantle smuggling ring in Tijuana

        TIJUANA, Mexico — Mexican federal police arrested 16 people and rescued 31 migrants, including nine children, in a series of raids across Tijuana on Monday, authorities said.

        More than 250 agents of the National Guard and the Attorney General's Office took part in the operation, which targeted seven safe houses in the La Mesa and Otay districts. Officers also seized 14 firearms, roughly 4,000 rounds of ammunition, 12 vehicles and nearly 1.2 million pesos in cash.

        Prosecutors said the network charged each migrant between 5,000 and 8,000 dollars for the crossing into the United States. At least 120 people had been smuggled through the route since January, according to investigators.

        Three of the suspects are police officers, a spokesman said. Two others remain at large.

        The detainees, aged between 19 and 54, will appear before a judge on Wednesday. If convicted, they face up to 40 years in prison.

        In a separate case, authorities in Sonora said 5 bodies were found in a desert area near the border last week.
        """;

    private const string MexicoCommunique = """
        FISCALÍA GENERAL DE LA REPÚBLICA (MÉXICO)
        Comunicado FGR 214/25

        Ciudad de México, a 9 de junio de 2025.

        La FGR obtuvo auto de vinculación a proceso contra 7 personas por su probable participación en el delito de trata de personas en su modalidad de explotación sexual, en agravio de 26 víctimas, de las cuales 19 son mujeres y 7 son menores de edad.

        Los hechos ocurrieron entre el 3 y el 5 de abril, cuando elementos de la Guardia Nacional catearon 4 domicilios en la alcaldía Cuauhtémoc. En el operativo participaron alrededor de 80 elementos federales y se aseguraron 350 mil pesos, 2 armas cortas y 11 equipos de telefonía celular.

        El juez de control impuso la medida cautelar de prisión preventiva oficiosa a los 7 imputados y fijó un plazo de 3 meses para la investigación complementaria. Los imputados podrían alcanzar penas de hasta 40 años de prisión.

        Las 26 víctimas fueron canalizadas a un refugio especializado. Desde 2019, la FGR ha identificado a más de 1.200 víctimas de trata en la capital del país.
        """;

    private const string SentencingRelease = """
        U.S. Department of Justice
        Office of Public Affairs

        Seven Gang Members Sentenced for Sex Trafficking Conspiracy

        WASHINGTON – Seven members of a transnational gang were sentenced yesterday to a combined 142 years in prison for running a sex trafficking operation that exploited at least 18 women and girls across four states.

        According to court documents, the defendants recruited victims as young as 15 from Central America. The lead defendant, Carlos M., 41, was sentenced to 30 years in prison, and six co-defendants received sentences ranging from 10 to 22 years. Four other defendants pleaded guilty earlier this year and await sentencing.

        The investigation, which began in 2021, involved more than 60 federal agents and resulted in the seizure of $1.2 million, 4 vehicles and 12 firearms. Eleven victims were identified as minors.

        "No one should be bought or sold," said Assistant Attorney General Jane Doe. The FBI received over 300 tips through its hotline during the case.
        """;

    [Fact]
    public void A_Panamanian_ministry_release_on_a_trafficking_ring_gives_each_figure_its_measure() =>
        Assert.Equal(
            [
                "18 personas | 18 exact arrested - - -",
                "320 unidades policiales | 320 exact officers - - -",
                "14 allanamientos | 14 exact locations - - -",
                "22 víctimas | 22 exact rescued - - -",
                "tres menores de edad | 3 exact rescued minors - -",
                "3 armas de fuego | 3 exact seized - - armas de fuego",
                "150 municiones | 150 exact seized - - municiones",
                "9 vehículos | 9 exact seized - - vehículos",
                "48.500 balboas en efectivo | 48500 exact seized - pab efectivo",
                "2,3 kilogramos de marihuana | 2.3 exact seized - kg marihuana",
                "11 son de nacionalidad venezolana | 11 exact arrested venezuelans - -",
                "5 colombianos | 5 exact arrested colombians - -",
                "2 panameños | 2 exact arrested panamanians - -",
                "15 de ellos | 15 exact in_custody - - -",
                "tres | 3 exact other - - -",
                "más de 2 millones de dólares | 2000000 more_than other - usd -",
                "al menos cuatro funcionarios públicos | 4 at_least other - - -",
            ],
            Figures.In(PanamaRelease, "es").Select(q => q.Text + " | " + q.Describe()));

    [Fact]
    public void A_Mexican_smuggling_ring_in_a_wire_story_gives_each_figure_its_measure() =>
        Assert.Equal(
            [
                "Sixteen | 16 exact arrested - - -",
                "16 people | 16 exact arrested - - -",
                "31 migrants | 31 exact rescued - - -",
                "nine children | 9 exact rescued minors - -",
                "More than 250 agents | 250 more_than officers - - -",
                "seven safe houses | 7 exact locations - - -",
                "14 firearms | 14 exact seized - - firearms",
                "roughly 4,000 rounds | 4000 approximately seized - - rounds",
                "12 vehicles | 12 exact seized - - vehicles",
                "nearly 1.2 million pesos in cash | 1200000 approximately seized - mxn cash",
                "between 5,000 and 8,000 dollars | 5000 at_least other - usd -",
                "between 5,000 and 8,000 dollars | 8000 up_to other - usd -",
                "At least 120 people | 120 at_least other - - -",
                "Three of the suspects | 3 exact other - - -",
                "Two others | 2 exact other - - -",
                "up to 40 years | 40 up_to other - years -",
                "5 bodies | 5 exact killed - - -",
            ],
            Figures.In(TijuanaWire, "en").Select(q => q.Text + " | " + q.Describe()));

    [Fact]
    public void A_Mexican_prosecutor_communique_gives_each_figure_its_measure() =>
        Assert.Equal(
            [
                "7 personas | 7 exact charged - - -",
                "26 víctimas | 26 exact victims - - -",
                "19 son mujeres | 19 exact victims women - -",
                "7 son menores de edad | 7 exact victims minors - -",
                "4 domicilios | 4 exact locations - - -",
                "alrededor de 80 elementos | 80 approximately officers - - -",
                "350 mil pesos | 350000 exact seized - mxn -",
                "2 armas | 2 exact seized - - armas",
                "11 equipos | 11 exact seized - - equipos",
                "7 imputados | 7 exact charged - - -",
                "3 meses | 3 exact other - months -",
                "hasta 40 años | 40 up_to other - years -",
                "26 víctimas | 26 exact victims - - -",
                "más de 1.200 víctimas | 1200 more_than victims - - -",
            ],
            Figures.In(MexicoCommunique, "es").Select(q => q.Text + " | " + q.Describe()));

    [Fact]
    public void A_US_sentencing_release_gives_each_figure_its_measure() =>
        Assert.Equal(
            [
                "Seven Gang Members | 7 exact sentenced - - -",
                "Seven members | 7 exact sentenced - - -",
                "142 years | 142 exact sentenced - years -",
                "at least 18 women | 18 at_least victims women - -",
                "four states | 4 exact other - - states",
                "30 years | 30 exact sentenced - years -",
                "six co-defendants | 6 exact sentenced - - -",
                "from 10 to 22 years | 10 at_least sentenced - years -",
                "from 10 to 22 years | 22 up_to sentenced - years -",
                "Four other defendants | 4 exact other - - -",
                "more than 60 federal agents | 60 more_than officers - - -",
                "$1.2 million | 1200000 exact seized - usd -",
                "4 vehicles | 4 exact seized - - vehicles",
                "12 firearms | 12 exact seized - - firearms",
                "Eleven victims | 11 exact victims - - -",
                "over 300 tips | 300 more_than other - - tips",
            ],
            Figures.In(SentencingRelease, "en").Select(q => q.Text + " | " + q.Describe()));
}
