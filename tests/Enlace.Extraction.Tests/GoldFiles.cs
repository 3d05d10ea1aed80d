using Enlace.Extraction.Evaluation;

namespace Enlace.Extraction.Tests;

/// <summary>The analyst gold files the extractor is scored against, with the folders of their reports.</summary>
internal static class GoldFiles
{
    public static string Repository { get; } = FindRepository();

    public static (GoldCorpus Gold, string Folder) Seeds => Load(Path.Combine(Repository, "..", "shared", "corpus", "seeds-expected.json"), Path.Combine(Repository, "..", "shared", "corpus", "seeds"));

    public static (GoldCorpus Gold, string Folder) Synthetic(string language) =>
        Load(Path.Combine(Repository, "corpus", "synthetic", language, "expected.json"), Path.Combine(Repository, "corpus", "synthetic", language));

    public static (GoldCorpus Gold, string Folder) HeldOut => Load(Path.Combine(Repository, "corpus", "heldout", "expected.json"), Path.Combine(Repository, "corpus", "heldout"));

    public static EvaluationReport Score((GoldCorpus Gold, string Folder) corpus)
    {
        var scorer = new ExtractionScorer();
        foreach (var document in corpus.Gold.Documents)
        {
            var text = File.ReadAllText(Path.Combine(corpus.Folder, document.File));
            scorer.Add(document, text, Extractor.Extract(text));
        }

        return scorer.Report();
    }

    public static void Print(EvaluationReport report, string name)
    {
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{name}: quantities P {report.Quantities.Precision:P1} R {report.Quantities.Recall:P1}; dates P {report.Dates.Precision:P1} R {report.Dates.Recall:P1}; " +
            $"entities P {report.Entities.Precision:P1} R {report.Entities.Recall:P1} F1 {report.Entities.F1:P1}; qualifiers {report.Qualifiers.Value:P1}; attributions {report.Attributions.Value:P1}");
        foreach (var miss in report.Misses)
        {
            output?.WriteLine($"  {miss.Document} {miss.Kind} {(miss.Missing ? "missing" : "extra/wrong")}: {miss.Detail}");
        }
    }

    private static (GoldCorpus, string) Load(string gold, string folder) => (GoldCorpus.Load(gold), folder);

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Enlace.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
