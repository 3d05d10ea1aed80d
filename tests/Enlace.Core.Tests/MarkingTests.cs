using Enlace.Core.Grading;
using Enlace.Core.Markings;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests;

public sealed class MarkingTests
{
    [Theory]
    [InlineData("red", Tlp.Red)]
    [InlineData("TLP:AMBER+STRICT", Tlp.AmberStrict)]
    [InlineData("amber-strict", Tlp.AmberStrict)]
    [InlineData("white", Tlp.Clear)]
    [InlineData(" Green ", Tlp.Green)]
    public void TLP_labels_parse_in_the_forms_people_write_them(string text, Tlp expected)
    {
        Assert.True(Marking.TryParseTlp(text, out var tlp));
        Assert.Equal(expected, tlp);
    }

    [Fact]
    public void Unknown_TLP_labels_are_refused()
    {
        Assert.False(Marking.TryParseTlp("purple", out _));
        Assert.False(Marking.TryParseTlp(null, out _));
    }

    [Fact]
    public void The_strictest_of_two_markings_takes_the_higher_level_and_code()
    {
        var strictest = new Marking(Tlp.Green, HandlingCode.H2).Strictest(new Marking(Tlp.Red, HandlingCode.H0));

        Assert.Equal(new Marking(Tlp.Red, HandlingCode.H2), strictest);
        Assert.Equal("TLP:RED H2", strictest.ToString());
    }

    [Theory]
    [InlineData("B2", SourceReliability.B, InformationCredibility.ProbablyTrue)]
    [InlineData("f6", SourceReliability.F, InformationCredibility.CannotBeJudged)]
    public void Admiralty_grades_parse(string text, SourceReliability reliability, InformationCredibility credibility)
    {
        Assert.True(Grade.TryParse(text, out var grade));
        Assert.Equal(new Grade(reliability, credibility), grade);
        Assert.Equal(text.ToUpperInvariant(), grade.ToString());
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("A7")]
    [InlineData("A")]
    [InlineData("")]
    public void Malformed_grades_are_refused(string text) => Assert.False(Grade.TryParse(text, out _));

    [Fact]
    public void Qualifier_names_round_trip_through_their_contract_form()
    {
        foreach (var qualifier in Enum.GetValues<Qualifier>())
        {
            Assert.Equal(qualifier, QualifierNames.Parse(qualifier.ToName()));
        }

        Assert.Equal("at_least", Qualifier.AtLeast.ToName());
        Assert.False(QualifierNames.TryParse("roughly", out _));
    }

    [Fact]
    public void A_provenance_always_names_who_made_the_statement()
    {
        Assert.Throws<ArgumentException>(() => Provenance.Analyst(" "));
        var extracted = Provenance.Extracted("enlace-extractor/1", Guid.NewGuid(), new TextSpan(3, 9), "Peruvian National Police");

        Assert.Equal(StatementOrigin.Extracted, extracted.Origin);
        Assert.Equal(new TextSpan(3, 9), extracted.Span);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(9, 3));
    }
}
