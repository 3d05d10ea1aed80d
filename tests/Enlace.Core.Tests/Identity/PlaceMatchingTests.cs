using Enlace.Core.Identity;
using static Enlace.Core.Tests.Identity.Mentions;

namespace Enlace.Core.Tests.Identity;

public sealed class PlaceMatchingTests
{
    [Theory]
    [InlineData("Perú", "Peru")]
    [InlineData("Estados Unidos", "United States")]
    [InlineData("EE. UU.", "United States")]
    [InlineData("el Perú", "Peru")]
    [InlineData("Arica y Parinacota", "Arica and Parinacota Region")]
    [InlineData("Aeropuerto Internacional Arturo Merino Benítez", "Arturo Merino Benítez")]
    [InlineData("Barranquilla", "Barranquila")]
    [InlineData("Bogotá", "BOGOTA")]
    public void Names_of_one_place_match(string a, string b)
    {
        Assert.True(Score(Place(a), Place(b)).Score >= ResolutionBands.SameAt);
    }

    [Fact]
    public void A_country_named_in_spanish_and_in_english_is_one_country()
    {
        Assert.Equal("Spanish and English names of one country (Spain)", Score(Place("España"), Place("Spain")).Reason);
    }

    [Fact]
    public void Homonyms_with_different_qualifiers_are_different_places()
    {
        var match = Score(Place("Santiago, Chile"), Place("Santiago (Cusco)"));

        Assert.Null(ResolutionBands.Suggest(match.Score));
        Assert.Equal(MatchRule.PlaceQualifiersDiffer, match.Rule);
    }

    [Fact]
    public void A_qualifier_on_one_side_only_goes_to_review()
    {
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(Score(Place("Santiago"), Place("Santiago, Chile")).Score));
    }

    [Fact]
    public void A_short_form_of_a_place_goes_to_review()
    {
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(Score(Place("Cartagena"), Place("Cartagena de Indias")).Score));
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(Score(Place("San Juan"), Place("San Juan de Lurigancho")).Score));
    }

    [Fact]
    public void Different_places_sharing_a_word_are_not_proposed()
    {
        Assert.Null(ResolutionBands.Suggest(Score(Place("San Juan de Lurigancho"), Place("San Martín de Porres")).Score));
        Assert.Null(ResolutionBands.Suggest(Score(Place("Los Olivos"), Place("Comas")).Score));
    }

    [Fact]
    public void Known_place_names_match_by_key()
    {
        var gazetteer = KnownNamesTable.FromTsv("co-cartagena\tCartagena de Indias\nco-cartagena\tCartagena\n");

        Assert.Equal(MatchRule.KnownName, Score(Place("Cartagena"), Place("Cartagena de Indias"), gazetteer).Rule);
    }
}
