using Enlace.Core.Statements;
using Enlace.Extraction.Quantities;

namespace Enlace.Extraction.Tests.Quantities;

public sealed class QuantityFinderTests
{
    [Theory]
    [InlineData("Police arrested 14 people on Tuesday.", "14", "14 exact arrested - - -")]
    [InlineData("At least 23 alleged members of the gang were detained.", "23", "23 at_least arrested - - -")]
    [InlineData("The raid led to the arrest of more than 30 suspects.", "30", "30 more_than arrested - - -")]
    [InlineData("About 400 officers took part in the operation.", "400", "400 approximately officers - - -")]
    [InlineData("Officers searched 11 properties in three districts.", "11", "11 exact locations - - -")]
    [InlineData("Nine people were charged with trafficking.", "Nine", "9 exact charged - - -")]
    [InlineData("A court sentenced eight members of the gang.", "eight", "8 exact sentenced - - -")]
    [InlineData("Chile expelled 62 Venezuelan nationals on Tuesday.", "62", "62 exact deported venezuelans - -")]
    [InlineData("Two officers were killed in the shootout.", "Two", "2 exact killed - - -")]
    [InlineData("Police rescued 40 young girls who were being exploited.", "40", "40 exact rescued girls - -")]
    [InlineData("The network exploited as many as 40 victims.", "40", "40 up_to victims - - -")]
    [InlineData("A judge issued arrest warrants for 34 people.", "34", "34 exact targeted - - -")]
    [InlineData("The gang has around 60 members in the region.", "60", "60 approximately members - - -")]
    [InlineData("Agents seized 2.5 tons of cocaine.", "2.5", "2500 exact seized - kg cocaine")]
    [InlineData("Police seized 500 grams of marijuana and $3,200 in cash.", "500", "0.5 exact seized - kg marijuana")]
    [InlineData("Police seized 500 grams of marijuana and $3,200 in cash.", "$3,200", "3200 exact seized - usd cash")]
    [InlineData("Officers seized 37 cell phones and two pistols.", "37", "37 exact seized - - cell phones")]
    [InlineData("She owed debts of up to 6,000 soles.", "6,000", "6000 up_to other - pen -")]
    [InlineData("He faces up to 35 years in prison if convicted.", "35", "35 up_to other - years -")]
    [InlineData("They were sentenced to 20 years in prison.", "20", "20 exact sentenced - years -")]
    [InlineData("Freeing dozens of women, police said.", "dozens", "24 at_least rescued women - -")]
    [InlineData("Police rescued more than a dozen girls.", "dozen", "12 more_than rescued girls - -")]
    [InlineData("Around two dozen victims were freed.", "two dozen", "24 approximately rescued - - -")]
    [InlineData("Police found 3 kilos of heroin in the car.", "3", "3 exact seized - kg heroin")]
    [InlineData("Fifteen police officers were arrested for corruption.", "Fifteen", "15 exact arrested - - -")]
    [InlineData("Police arrested 30 people or more.", "30", "30 at_least arrested - - -")]
    [InlineData("Investigators froze $1.2bn in accounts.", "1.2", "1200000000 exact other - usd -")]
    [InlineData("The remaining three detainees were released under restrictions.", "three", "3 exact other - - -")]
    [InlineData("Three defendants remain fugitives.", "Three", "3 exact other - - -")]
    [InlineData("Peruvian police rescued 40 young girls.", "40", "40 exact rescued girls - -")]
    [InlineData("Police detained 12 suspects; 5 bodies were found nearby.", "5", "5 exact killed - - -")]
    public void English_figures_are_read_with_their_measure(string text, string part, string expected) =>
        Assert.Equal(expected, Figures.At(text, "en", part).Describe());

    [Theory]
    [InlineData("La policía detuvo a 14 personas el martes.", "14", "14 exact arrested - - -")]
    [InlineData("Fueron detenidos al menos veintiocho presuntos integrantes de la banda.", "veintiocho", "28 at_least arrested - - -")]
    [InlineData("Participaron aproximadamente 400 agentes.", "400", "400 approximately officers - - -")]
    [InlineData("Se allanaron 11 inmuebles en tres distritos.", "11", "11 exact locations - - -")]
    [InlineData("La Fiscalía procesó a veintisiete personas.", "veintisiete", "27 exact charged - - -")]
    [InlineData("El tribunal condenó a ocho integrantes de la red.", "ocho", "8 exact sentenced - - -")]
    [InlineData("Fueron expulsados 58 venezolanos.", "58", "58 exact deported venezuelans - -")]
    [InlineData("Cuatro presuntos integrantes de la banda murieron en el enfrentamiento.", "Cuatro", "4 exact killed - - -")]
    [InlineData("Los agentes rescataron a catorce niñas.", "catorce", "14 exact rescued girls - -")]
    [InlineData("El juez dictó prisión preventiva para 26 de los procesados.", "26", "26 exact in_custody - - -")]
    [InlineData("Se incautaron 12 kilos de cocaína y cuatro revólveres.", "12", "12 exact seized - kg cocaína")]
    [InlineData("Se incautaron 12 kilos de cocaína y cuatro revólveres.", "cuatro", "4 exact seized - - revólveres")]
    [InlineData("Se incautaron US$85.000 en efectivo.", "US$", "85000 exact seized - usd efectivo")]
    [InlineData("Se hallaron 1,25 toneladas de cocaína.", "1,25", "1250 exact seized - kg cocaína")]
    [InlineData("Hallaron cerca de medio kilo de cocaína.", "medio", "0.5 approximately seized - kg cocaína")]
    [InlineData("Una decena de personas fueron capturadas.", "decena", "10 approximately arrested - - -")]
    [InlineData("Rescatan a medio centenar de mujeres en Lima.", "medio", "50 approximately rescued women - -")]
    [InlineData("Se logró el rescate de decenas de víctimas.", "decenas", "20 at_least rescued - - -")]
    [InlineData("Una docena fueron detenidos.", "docena", "12 exact arrested - - -")]
    [InlineData("Participaron más de un centenar de agentes.", "centenar", "100 more_than officers - - -")]
    [InlineData("El balance habla de más de una tonelada de cocaína.", "tonelada", "1000 more_than seized - kg cocaína")]
    [InlineData("Fijó una reparación civil de S/ 500.000.", "S/", "500000 exact other - pen -")]
    [InlineData("Las víctimas trabajaban hasta 15 horas diarias.", "15", "15 up_to other - hours -")]
    [InlineData("Se incautaron 40 millones de pesos colombianos.", "40", "40000000 exact seized - cop -")]
    [InlineData("La red tenía unos 200 miembros en el país.", "200", "200 approximately members - - -")]
    [InlineData("Se desplegaron 400 agentes aproximadamente.", "400", "400 approximately officers - - -")]
    [InlineData("El procedimiento fue custodiado por ciento veintitrés funcionarios.", "ciento", "123 exact officers - - -")]
    [InlineData("Fueron vinculados a proceso 7 imputados.", "7", "7 exact charged - - -")]
    [InlineData("Los tres restantes quedaron con arresto domiciliario.", "tres", "3 exact other - - -")]
    [InlineData("De los expulsados, 38 cumplían condena en cárceles del país.", "38", "38 exact in_custody - - -")]
    [InlineData("Se incautaron 2,5 toneladas de cobre y 48.500 balboas en efectivo.", "48.500", "48500 exact seized - pab efectivo")]
    public void Spanish_figures_are_read_with_their_measure(string text, string part, string expected) =>
        Assert.Equal(expected, Figures.At(text, "es", part).Describe());

    [Fact]
    public void A_figure_and_its_breakdown_share_the_verb_of_the_first()
    {
        const string text = "Police said that 123 people– including three minors– had been saved.";

        Assert.Equal("123 exact rescued - - -", Figures.At(text, "en", "123").Describe());
        Assert.Equal("3 exact rescued minors - -", Figures.At(text, "en", "three").Describe());
    }

    [Fact]
    public void A_Spanish_breakdown_inherits_the_rescue()
    {
        const string text = "El personal policial rescató a 46 mujeres, entre ellas siete menores de edad, que eran obligadas a prostituirse.";

        Assert.Equal("46 exact rescued women - -", Figures.At(text, "es", "46").Describe());
        Assert.Equal("7 exact rescued minors - -", Figures.At(text, "es", "siete").Describe());
    }

    [Theory]
    [InlineData("Fueron condenados a penas de entre 12 y 25 años de prisión.", "es")]
    [InlineData("Ocho fueron sentenciados a penas que van de 12 a 25 años de prisión.", "es")]
    [InlineData("The court sentenced them to between 12 and 25 years in prison.", "en")]
    [InlineData("The court sentenced them to prison terms ranging from 12 to 25 years.", "en")]
    [InlineData("They were sentenced to 12-25 years in prison.", "en")]
    public void A_range_gives_a_lower_and_an_upper_bound(string text, string language)
    {
        var range = Figures.In(text, language).Where(q => q.Unit == "years").ToList();

        Assert.Equal(["12 at_least sentenced - years -", "25 up_to sentenced - years -"], range.Select(q => q.Describe()));
        Assert.Equal(range[0].Span, range[1].Span);
    }

    [Fact]
    public void An_anaphoric_figure_takes_the_verb_of_its_clause_and_the_population_named_before()
    {
        const string text = "\"These women told their stories. Many of them had to move, and two of them were killed,\" she said.";

        Assert.Equal("2 exact killed women - -", Figures.At(text, "en", "two").Describe());
    }

    [Fact]
    public void A_bare_figure_continues_the_figure_before_it()
    {
        const string text = "The PNP statement gives 31 arrested. The U.S. Embassy release says \"at least 28\".";

        Assert.Equal("28 at_least arrested - - -", Figures.At(text, "en", "28").Describe());
    }

    [Fact]
    public void The_number_of_people_counted_by_a_bare_figure_comes_from_the_number_of_phrase()
    {
        const string text = "The Public Ministry put the number of women freed at about 50.";

        Assert.Equal("50 approximately rescued women - -", Figures.At(text, "en", "50").Describe());
    }

    [Theory]
    [InlineData("The number of victims rose to 45.", "45", "45 exact victims - - -")]
    [InlineData("La cifra de detenidos asciende a 31.", "31", "31 exact arrested - - -")]
    [InlineData("Police said 12 of the 31 detainees were Venezuelan.", "12", "12 exact arrested venezuelans - -")]
    [InlineData("De los aprehendidos, 11 son de nacionalidad venezolana.", "11", "11 exact arrested venezuelans - -")]
    [InlineData("Police rescued 20 women. In total, 8 people were charged.", "8", "8 exact charged - - -")]
    public void A_figure_that_names_its_group_elsewhere_takes_the_group_measure(string text, string part, string expected) =>
        Assert.Equal(expected, Figures.At(text, "und", part).Describe());

    [Fact]
    public void A_subset_whose_fate_is_not_a_measure_is_other()
    {
        const string text = "Red Migrante said at least three of the deportees had pending asylum applications.";

        Assert.Equal("3 at_least other - - -", Figures.At(text, "en", "three").Describe());
    }

    [Fact]
    public void Pesos_take_the_currency_of_the_country_the_report_is_about()
    {
        const string text = "En Colombia, la Policía incautó 40 millones de pesos en efectivo en Cartagena.";

        Assert.Equal("cop", Figures.At(text, "es", "40").Unit);
    }

    [Theory]
    [InlineData("Una vecina vio a un hombre en la casa.", "es")]
    [InlineData("One of the largest gangs in the region was dismantled.", "en")]
    [InlineData("The gang was founded in 2014 and began operating in 2016.", "en")]
    [InlineData("Trump 2.0’s crackdown on the gang continues.", "en")]
    [InlineData("The operation took place on the night of January 7 at 11:35.", "en")]
    [InlineData("Tres de cada diez víctimas eran menores de 18 años.", "es")]
    [InlineData("Las víctimas tenían entre 14 y 17 años de edad.", "es")]
    [InlineData("The detainees, aged 18-25, were questioned. José García, 34, and Carlos M., 41, were among them.", "en")]
    [InlineData("The network recruited victims as young as 15.", "en")]
    [InlineData("La investigación comenzó hace 8 meses.", "es")]
    public void Sentences_without_figures_give_none(string text, string language) =>
        Assert.Empty(Figures.In(text, language));

    [Fact]
    public void Spans_cover_the_qualifier_the_number_and_the_counted_noun()
    {
        const string text = "It led to the arrest of at least 23 alleged members of Tren de Aragua.";

        Assert.Equal("at least 23 alleged members", Assert.Single(Figures.In(text, "en")).Text);
    }

    [Fact]
    public void Attribution_is_left_to_the_attribution_reader()
    {
        const string text = "According to the Embassy, 84 people were rescued.";

        Assert.Null(Assert.Single(Figures.In(text, "en")).AttributedTo);
    }

    [Fact]
    public void Weights_are_normalised_to_kilograms()
    {
        const string text = "Police seized 350 grams of cocaine base paste and 2 tonnes of marijuana.";

        Assert.Equal([(0.35m, "kg", "cocaine base paste"), (2000m, "kg", "marijuana")],
            Figures.In(text, "en").Select(q => (q.Value, q.Unit ?? "", q.Item ?? "")));
    }

    [Fact]
    public void Qualifiers_are_read_in_both_languages()
    {
        const string en = "at least 5 people, more than 6 people, over 7 people, about 8 people, nearly 9 people, up to 10 people, at most 11 people, no more than 12 people";
        const string es = "al menos 5 personas, más de 6 personas, unos 7 personas, cerca de 8 personas, casi 9 personas, hasta 10 personas, como máximo 11 personas";

        Assert.Equal(
            [Qualifier.AtLeast, Qualifier.MoreThan, Qualifier.MoreThan, Qualifier.Approximately, Qualifier.Approximately, Qualifier.UpTo, Qualifier.AtMost, Qualifier.AtMost],
            Figures.In(en, "en").Select(q => q.Qualifier));
        Assert.Equal(
            [Qualifier.AtLeast, Qualifier.MoreThan, Qualifier.Approximately, Qualifier.Approximately, Qualifier.Approximately, Qualifier.UpTo, Qualifier.AtMost],
            Figures.In(es, "es").Select(q => q.Qualifier));
    }
}
