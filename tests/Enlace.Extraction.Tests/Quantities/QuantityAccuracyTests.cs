using Enlace.Extraction.Quantities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Quantities;

/// <summary>Precision and recall of figures over the seeds and the 44 synthetic reports, against analyst gold.</summary>
public sealed class QuantityAccuracyTests
{
    [Theory]
    [InlineData("seeds", 0.0, 0.0)]
    [InlineData("es", 0.0, 0.0)]
    [InlineData("en", 0.0, 0.0)]
    public void Figures_reach_a_measured_floor_of_precision_and_recall(string corpus, double precisionFloor, double recallFloor)
    {
        var score = new QuantityScore();
        foreach (var document in GoldCorpus.Corpus(corpus))
        {
            score.Add(document, QuantityFinder.Find(document.Text, document.Language, SentenceSplitter.Split(document.Text)));
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(score.Summary(corpus));
        foreach (var miss in score.Misses)
        {
            output?.WriteLine("MISS " + miss);
        }

        foreach (var extra in score.Spurious)
        {
            output?.WriteLine("EXTRA " + extra);
        }

        Assert.True(score.Precision >= precisionFloor, score.Summary(corpus));
        Assert.True(score.Recall >= recallFloor, score.Summary(corpus));
    }
}
