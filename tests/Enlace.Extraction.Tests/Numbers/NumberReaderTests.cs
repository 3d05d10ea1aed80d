using Enlace.Core.Statements;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Tests.Numbers;

public sealed class NumberReaderTests
{
    private static decimal[] Values(string text, string language) => [.. NumberReader.Read(text, language).Select(n => n.Value)];

    private static NumberMention Single(string text, string language) => Assert.Single(NumberReader.Read(text, language));

    [Theory]
    [InlineData("ciento veintitrés", 123)]
    [InlineData("veintiocho", 28)]
    [InlineData("treinta y uno", 31)]
    [InlineData("cuarenta y seis", 46)]
    [InlineData("mil doscientos cincuenta", 1250)]
    [InlineData("dos millones", 2_000_000)]
    [InlineData("doscientas", 200)]
    [InlineData("veintiún", 21)]
    [InlineData("veintiuna", 21)]
    [InlineData("quinientos mil", 500_000)]
    [InlineData("dos mil millones", 2_000_000_000)]
    [InlineData("un millón doscientos mil", 1_200_000)]
    [InlineData("veintitres", 23)]
    [InlineData("once", 11)]
    public void Spanish_number_words_up_to_the_thousands_are_read(string words, decimal expected) =>
        Assert.Equal(expected, Single(words, "es").Value);

    [Theory]
    [InlineData("twenty-three", 23)]
    [InlineData("one hundred and twenty-three", 123)]
    [InlineData("three", 3)]
    [InlineData("Forty-six", 46)]
    [InlineData("two thousand five hundred", 2500)]
    [InlineData("fifteen hundred", 1500)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("a hundred", 100)]
    [InlineData("four million", 4_000_000)]
    public void English_number_words_are_read(string words, decimal expected) =>
        Assert.Equal(expected, Single(words, "en").Value);

    [Theory]
    [InlineData("12.000", "es", 12000)]
    [InlineData("1.250", "es", 1250)]
    [InlineData("1,25", "es", 1.25)]
    [InlineData("2,5", "es", 2.5)]
    [InlineData("1,250", "en", 1250)]
    [InlineData("48,000", "en", 48000)]
    [InlineData("2.5", "en", 2.5)]
    [InlineData("1.234.567", "es", 1234567)]
    [InlineData("1,234,567", "en", 1234567)]
    [InlineData("1.234,56", "es", 1234.56)]
    [InlineData("1,234.56", "en", 1234.56)]
    [InlineData("0,500", "es", 0.5)]
    public void Digits_group_thousands_by_shape_in_both_conventions(string digits, string language, decimal expected) =>
        Assert.Equal(expected, Single(digits, language).Value);

    [Theory]
    [InlineData("US$85.000", "es", 85000)]
    [InlineData("$85,000", "en", 85000)]
    [InlineData("S/ 48.000", "es", 48000)]
    [InlineData("2.5 million", "en", 2_500_000)]
    [InlineData("40 millones", "es", 40_000_000)]
    [InlineData("85 mil", "es", 85000)]
    [InlineData("1,5 millones", "es", 1_500_000)]
    public void Amounts_with_currency_signs_and_scale_words_keep_their_value(string text, string language, decimal expected) =>
        Assert.Equal(expected, Single(text, language).Value);

    [Theory]
    [InlineData("una docena", 12, Qualifier.Exact)]
    [InlineData("decenas de víctimas", 20, Qualifier.AtLeast)]
    [InlineData("cientos de personas", 200, Qualifier.AtLeast)]
    [InlineData("una decena", 10, Qualifier.Approximately)]
    [InlineData("una veintena", 20, Qualifier.Approximately)]
    [InlineData("una treintena", 30, Qualifier.Approximately)]
    [InlineData("medio centenar", 50, Qualifier.Approximately)]
    [InlineData("un centenar", 100, Qualifier.Approximately)]
    [InlineData("miles de migrantes", 2000, Qualifier.AtLeast)]
    public void Spanish_collective_and_vague_numbers_carry_their_implied_qualifier(string text, decimal value, Qualifier implied)
    {
        var number = Single(text, "es");
        Assert.Equal((value, implied), (number.Value, number.Implied));
    }

    [Theory]
    [InlineData("dozens of women", 24, Qualifier.AtLeast)]
    [InlineData("hundreds of migrants", 200, Qualifier.AtLeast)]
    [InlineData("thousands of people", 2000, Qualifier.AtLeast)]
    [InlineData("a dozen properties", 12, Qualifier.Exact)]
    public void English_vague_numbers_carry_their_implied_qualifier(string text, decimal value, Qualifier implied)
    {
        var number = Single(text, "en");
        Assert.Equal((value, implied), (number.Value, number.Implied));
    }

    [Theory]
    [InlineData("The gang was founded in 2014.", "en")]
    [InlineData("La banda opera desde 2021 en Lima.", "es")]
    [InlineData("The briefing began at 11:35 in Lima.", "en")]
    [InlineData("Published: 2/10/2025", "en")]
    [InlineData("Publicado: 17/03/2025", "es")]
    [InlineData("La operación fue el 7 de febrero.", "es")]
    [InlineData("The operation was on February 7, police said.", "en")]
    [InlineData("The raids began on 14 March and ended on Feb. 20.", "en")]
    [InlineData("El dispositivo se desarrolló el jueves 22 en Madrid.", "es")]
    [InlineData("Call +51 1 555 1234 for help.", "en")]
    [InlineData("Llame al 600 000 000 o al 311-7000.", "es")]
    [InlineData("Unemployment rose to 12% and then 15 percent.", "en")]
    [InlineData("El desempleo subió al 30 por ciento.", "es")]
    [InlineData("The MS-13 gang and the H2 unit were named.", "en")]
    [InlineData("Under Law 30077 and artículo 153 of the code.", "en")]
    [InlineData("It was the 22nd raid and the 1º operativo.", "en")]
    [InlineData("1. The police arrived.\n2. The suspects fled.", "en")]
    [InlineData("José García, 34, was arrested. A 17-year-old girl was freed.", "en")]
    [InlineData("Juan Pérez, de 34 años, fue detenido.", "es")]
    [InlineData("Tres de cada diez víctimas eran menores de 18 años.", "es")]
    [InlineData("The network was dismantled two years ago.", "en")]
    [InlineData("Trump 2.0’s crackdown", "en")]
    public void Years_times_dates_phones_percentages_and_references_are_not_numbers(string text, string language) =>
        Assert.Empty(NumberReader.Read(text, language));

    [Fact]
    public void An_article_alone_is_not_a_number() =>
        Assert.Empty(NumberReader.Read("Una vecina vio a un hombre y a una mujer. One of them said a word.", "es"));

    [Fact]
    public void Numbers_above_ten_to_the_fifteenth_are_skipped() =>
        Assert.Empty(NumberReader.Read("999999999999999999999 personas y 5000000000000000000 mil millones", "es"));

    [Fact]
    public void Spans_cover_the_number_exactly()
    {
        const string text = "rescató a cuarenta y seis mujeres y 1.250 kilos";
        var numbers = NumberReader.Read(text, "es");
        Assert.Equal(["cuarenta y seis", "1.250"], numbers.Select(n => n.Span.Of(text)));
    }

    [Fact]
    public void Two_numbers_joined_by_y_stay_two_numbers() =>
        Assert.Equal([8m, 2m], Values("ocho mujeres y dos adolescentes", "es"));

    [Fact]
    public void A_year_shaped_number_that_counts_something_is_a_number() =>
        Assert.Equal([2000m], Values("Se incautaron 2000 kilos de cocaína.", "es"));
}
