using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

public sealed class ResolutionBandsTests
{
    [Theory]
    [InlineData(1.0, Verdict.Same)]
    [InlineData(0.9, Verdict.Same)]
    [InlineData(0.89, Verdict.Unsure)]
    [InlineData(0.6, Verdict.Unsure)]
    public void Scores_suggest_same_from_0_9_and_review_from_0_6(double score, Verdict expected)
    {
        Assert.Equal(expected, ResolutionBands.Suggest(score));
    }

    [Fact]
    public void Below_0_6_nothing_is_proposed()
    {
        Assert.Null(ResolutionBands.Suggest(0.59));
    }
}
