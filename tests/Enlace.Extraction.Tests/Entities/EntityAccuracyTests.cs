namespace Enlace.Extraction.Tests.Entities;

public sealed class EntityAccuracyTests
{
    [Fact]
    public void Entities_of_the_synthetic_corpora_and_seeds_are_found_with_measured_precision_and_recall()
    {
        var output = TestContext.Current.TestOutputHelper;
        var totals = new Dictionary<string, Score>();
        foreach (var document in GoldCorpus.Documents)
        {
            var (score, notes) = EntityScoring.Run(document);
            if (!totals.TryGetValue(document.Corpus, out var total))
            {
                total = new Score();
                totals[document.Corpus] = total;
            }

            total.Add(score);
            output?.WriteLine($"{document}: {score}");
            foreach (var note in notes)
            {
                output?.WriteLine(note);
            }
        }

        foreach (var (corpus, total) in totals)
        {
            output?.WriteLine($"== {corpus}: {total}");
        }
    }
}
