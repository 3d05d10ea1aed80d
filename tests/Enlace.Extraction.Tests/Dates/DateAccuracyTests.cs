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
        Assert.Equal(tally.Gold, tally.Exact);
        Assert.Equal(tally.Found, tally.Matched);
        Assert.Equal(tally.GoldWarnings, tally.RightWarnings);
        Assert.Equal(tally.GoldWarnings, tally.FoundWarnings);
    }

    // Floors just under what is measured (both corpora: 100 % matched; exact text 98.6 % es, 94.5 % en). The exact-text
    // misses are extent conventions where the synthetic gold and the seed gold disagree ("on March 14" vs "February 1",
    // "in 2023" vs "2014"); this finder follows the seeds.
    [Fact]
    public void Spanish_synthetic_reports_reach_the_measured_floor()
    {
        var tally = Evaluate(GoldCorpus.SyntheticSpanish, "synthetic es");

        Assert.True(tally.Precision >= 0.98 && tally.Recall >= 0.98 && tally.ExactRecall >= 0.97, tally.ToString());
    }

    [Fact]
    public void English_synthetic_reports_reach_the_measured_floor()
    {
        var tally = Evaluate(GoldCorpus.SyntheticEnglish, "synthetic en");

        Assert.True(tally.Precision >= 0.98 && tally.Recall >= 0.98 && tally.ExactRecall >= 0.94, tally.ToString());
    }

    // The one warning the gold places elsewhere is es02, where the gold marks the relative "ayer" and this finder, as the
    // product asks, marks the absolute "viernes 14 de marzo".
    [Fact]
    public void Over_all_forty_six_reports_warnings_fall_where_the_gold_puts_them()
    {
        var tally = Evaluate(GoldCorpus.All, "all reports");

        Assert.True(tally.RightWarnings >= tally.GoldWarnings - 1 && tally.FoundWarnings - tally.RightWarnings <= 1, tally.ToString());
        Assert.True(tally.Precision >= 0.98 && tally.Recall >= 0.98, tally.ToString());
    }
}
