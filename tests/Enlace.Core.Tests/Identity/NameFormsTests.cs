using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

public sealed class NameFormsTests
{
    [Theory]
    [InlineData("Policía Nacional del Perú", "policia nacional del peru")]
    [InlineData("  DIRECCIÓN   contra la Trata-de-Personas ", "direccion contra la trata de personas")]
    [InlineData("Señor Muñoz", "senor munoz")]
    [InlineData("The Embassy", "embassy")]
    [InlineData("Los Gallegos", "gallegos")]
    [InlineData("la Policía", "policia")]
    [InlineData("Peru's Public Ministry", "peru public ministry")]
    [InlineData("U.S. Embassy", "united states embassy")]
    [InlineData("Embajada de EE. UU.", "embajada de united states")]
    [InlineData("Embajada de los Estados Unidos", "embajada de los united states")]
    [InlineData("US Dept. of State", "united states department of state")]
    public void Names_are_compared_in_lower_case_without_accents_punctuation_leading_articles_or_short_forms(string name, string expected)
    {
        Assert.Equal(expected, NameForms.Normalize(name));
    }

    [Fact]
    public void Combining_accents_fold_like_precomposed_ones()
    {
        Assert.Equal(NameForms.Normalize("Perú"), NameForms.Normalize("Peru\u0301"));
    }

    [Theory]
    [InlineData("Homeland Security Investigations", "HSI")]
    [InlineData("Policía Nacional del Perú", "PNP")]
    [InlineData("Peruvian National Police", "PNP")]
    [InlineData("Dirección contra la Trata de Personas", "DCTP")]
    [InlineData("Instituto Colombiano de Bienestar Familiar", "ICBF")]
    [InlineData("Department for Women and the Family", "DWF")]
    public void An_acronym_takes_the_initials_of_significant_words_in_either_language(string name, string acronym)
    {
        Assert.Equal(acronym, NameForms.Acronym(name));
    }

    [Fact]
    public void An_acronym_may_also_keep_the_function_words()
    {
        Assert.Equal("PDI", NameForms.AcronymWithFunctionWords("Policía de Investigaciones"));
    }

    [Theory]
    [InlineData("RIVAS OQUENDO, José Manuel", "José Manuel RIVAS OQUENDO")]
    [InlineData("José Manuel Rivas Oquendo", "José Manuel Rivas Oquendo")]
    [InlineData("Rivas,", "Rivas,")]
    public void Surnames_written_first_with_a_comma_are_turned_round(string name, string expected)
    {
        Assert.Equal(expected, NameForms.PersonOrder(name));
    }
}
