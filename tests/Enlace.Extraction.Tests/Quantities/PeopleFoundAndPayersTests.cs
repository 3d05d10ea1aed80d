namespace Enlace.Extraction.Tests.Quantities;

/// <summary>
/// People found in a stash house are rescued; traders squeezed by an extortion racket are its victims; "children" are
/// minors. Invented sentences in both languages.
/// </summary>
public sealed class PeopleFoundAndPayersTests
{
    [Theory]
    [InlineData("Inside the house agents found 27 non-citizens locked in two rooms.", "27", "27 exact rescued - - -")]
    [InlineData("Agents encountered 52 individuals inside the trailer.", "52", "52 exact rescued - - -")]
    [InlineData("Thirty-three migrants were found locked inside a warehouse.", "Thirty-three", "33 exact rescued - - -")]
    [InlineData("Deputies found two men dead in the yard.", "two", "2 exact killed men - -")]
    [InlineData("The ring extorted some 150 shopkeepers in the market.", "150", "150 approximately victims - - -")]
    [InlineData("Investigators identified 80 vendors who paid the weekly fee.", "80", "80 exact victims - - -")]
    [InlineData("The shelter took in six children last month.", "six", "6 exact other minors - -")]
    public void English_people_found_and_payers_get_their_measure(string text, string part, string expected) =>
        Assert.Equal(expected, Figures.At(text, "en", part).Describe());

    [Theory]
    [InlineData("La banda extorsionaba a 140 comerciantes del mercado.", "140", "140 exact victims - - -")]
    [InlineData("La fiscalía acreditó la extorsión en perjuicio de 75 locatarios.", "75", "75 exact victims - - -")]
    [InlineData("Hay 42 vendedores extorsionados en la zona.", "42", "42 exact victims - - -")]
    [InlineData("La policía habla de 21 posibles víctimas en la red.", "21", "21 exact victims - - -")]
    [InlineData("En el albergue hay nueve niños.", "nueve", "9 exact other minors - -")]
    public void Spanish_payers_and_possible_victims_get_their_measure(string text, string part, string expected) =>
        Assert.Equal(expected, Figures.At(text, "es", part).Describe());
}

/// <summary>Numbers that look like counts but date, describe or measure the weather.</summary>
public sealed class NotACountTests
{
    [Theory]
    [InlineData("Police raided the house on May 2 and two days later charged the owner.", "en")]
    [InlineData("La captura fue el 2 de mayo y tres días después llegó la acusación.", "es")]
    [InlineData("The migrants were found in a three-bedroom house.", "en")]
    [InlineData("It was 104 degrees when agents opened the trailer.", "en")]
    [InlineData("Hacía 41 grados dentro del camión.", "es")]
    public void These_numbers_are_no_figures(string text, string language) =>
        Assert.Empty(Figures.In(text, language));
}
