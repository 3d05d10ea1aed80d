using Enlace.Core.Identity;
using static Enlace.Core.Tests.Identity.Mentions;

namespace Enlace.Core.Tests.Identity;

public sealed class PersonMatchingTests
{
    [Theory]
    [InlineData("José M. Rivas Oquendo", "José Manuel Rivas Oquendo")]
    [InlineData("Rosa Huamán Quispe", "Rosa Elvira Huamán Quispe")]
    [InlineData("Kelvin Marcano Blanco", "Kelvin José Marcano Blanco")]
    [InlineData("Andrés Olivares Toro", "Andrés Felipe Olivares Toro")]
    public void Given_names_agree_when_one_is_the_start_or_an_initial_of_the_other(string a, string b)
    {
        var match = Score(Person(a), Person(b));

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal(MatchRule.GivenNamesFit, match.Rule);
    }

    [Fact]
    public void One_typo_in_a_long_name_is_tolerated()
    {
        var match = Score(Person("Jhonny Alexander Pérez Quintero"), Person("Jhony Alexander Perez Quintero"));

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal("same name apart from one typo ('Jhonny' / 'Jhony')", match.Reason);
    }

    [Fact]
    public void A_typo_in_a_short_name_is_not_a_typo_but_another_name()
    {
        Assert.True(Score(Person("Ana Rivas Oquendo"), Person("Ena Rivas Oquendo")).Score < ResolutionBands.UnsureAt);
    }

    [Fact]
    public void A_changed_gender_ending_is_another_person()
    {
        var match = Score(Person("Mario Pérez Soto"), Person("María Pérez Soto"));

        Assert.Equal(MatchRule.DifferentGivenNames, match.Rule);
    }

    [Theory]
    [InlineData("RIVAS OQUENDO, José Manuel")]
    [InlineData("Rivas Oquendo José Manuel")]
    public void Surnames_and_given_names_in_another_order_are_the_same_name(string reordered)
    {
        var match = Score(Person(reordered), Person("José Manuel Rivas Oquendo"));

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal("same surnames and given names in another order", match.Reason);
    }

    [Fact]
    public void Surnames_alone_go_to_review()
    {
        var match = Score(Person("Rivas Oquendo"), Person("José Manuel Rivas Oquendo"));

        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(match.Score));
        Assert.Equal("only the surnames 'Rivas Oquendo' are given", match.Reason);
    }

    [Fact]
    public void A_title_before_the_name_is_ignored()
    {
        Assert.Equal(1, Score(Person("Colonel Óscar Huamán Pizarro"), Person("Óscar Huamán Pizarro")).Score);
        Assert.Equal(1, Score(Person("coronel Óscar Huamán Pizarro"), Person("Óscar Huamán Pizarro")).Score);
    }

    [Fact]
    public void Different_given_names_with_the_same_surnames_are_different_people()
    {
        var match = Score(Person("Eleanor J. Whitfield"), Person("Thomas J. Whitfield"));

        Assert.Null(ResolutionBands.Suggest(match.Score));
        Assert.Equal("same surnames but different given names ('Eleanor' / 'Thomas')", match.Reason);
    }

    [Fact]
    public void A_shared_alias_tips_names_that_already_agree()
    {
        var match = Score(Person("Washington E. C. M.", "Cachete"), Person("Washington Efraín Cedeño Macías", "Cachete"));

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal("shares alias 'Cachete'", match.Reason);
    }

    [Fact]
    public void Without_the_alias_surname_initials_only_go_to_review()
    {
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(Score(Person("Washington E. C. M."), Person("Washington Efraín Cedeño Macías")).Score));
    }

    [Fact]
    public void A_shared_alias_never_merges_people_whose_names_differ()
    {
        var match = Score(Person("Jhonny Alexander Pérez Quintero", "El Flaco"), Person("Wilmer Alexander Pérez Guédez", "El Flaco"));

        Assert.Null(ResolutionBands.Suggest(match.Score));
        Assert.Equal("shares alias 'El Flaco' but the names differ", match.Reason);
    }

    [Fact]
    public void La_flaca_is_not_el_flaco()
    {
        Assert.Null(ResolutionBands.Suggest(Score(Person("La Flaca"), Person("Wilmer Alexander Pérez Guédez", "El Flaco")).Score));
    }

    [Fact]
    public void A_nickname_recorded_for_someone_is_a_lead_for_review_not_a_merge()
    {
        var match = Score(Person("El Mono"), Person("Luis Ángel Barrios Mendoza", "El Mono"));

        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(match.Score));
        Assert.Equal(MatchRule.NicknameOfOther, match.Rule);
    }

    [Fact]
    public void A_full_name_recorded_as_an_alias_is_a_match()
    {
        var match = Score(Person("Montilla Briceño"), Person("Édgar Rafael Montilla Briceño", "El Zurdo", "Montilla Briceño"));

        Assert.True(match.Score >= ResolutionBands.SameAt);
    }

    [Fact]
    public void The_same_two_surnames_alone_go_to_review_whoever_wrote_them()
    {
        Assert.Equal(MatchRule.ShortNameOnly, Score(Person("Rivas Oquendo"), Person("RIVAS OQUENDO")).Rule);
        Assert.NotEqual(Verdict.Same, ResolutionBands.Suggest(Score(Person("Quiros Gaona"), Person("Gaona Quiros")).Score));
    }

    [Fact]
    public void A_surname_alone_is_weak()
    {
        Assert.Equal(MatchRule.OneSurnameOnly, Score(Person("Ambassador Whitfield"), Person("Eleanor J. Whitfield")).Rule);
    }
}
