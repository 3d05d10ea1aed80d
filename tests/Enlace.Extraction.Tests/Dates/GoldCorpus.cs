using System.Globalization;
using System.Text.Json;

namespace Enlace.Extraction.Tests.Dates;

/// <summary>The seed reports and the synthetic corpora with their analyst gold, read from disk.</summary>
public static class GoldCorpus
{
    public static string Repository { get; } = FindRepository();

    public static IReadOnlyList<GoldDocument> Seeds { get; } =
        Load("seeds", Path.Combine(Repository, "..", "shared", "corpus", "seeds-expected.json"), Path.Combine(Repository, "..", "shared", "corpus", "seeds"));

    public static IReadOnlyList<GoldDocument> SyntheticSpanish { get; } =
        Load("es", Path.Combine(Repository, "corpus", "synthetic", "es", "expected.json"), Path.Combine(Repository, "corpus", "synthetic", "es"));

    public static IReadOnlyList<GoldDocument> SyntheticEnglish { get; } =
        Load("en", Path.Combine(Repository, "corpus", "synthetic", "en", "expected.json"), Path.Combine(Repository, "corpus", "synthetic", "en"));

    public static IEnumerable<GoldDocument> All => Seeds.Concat(SyntheticSpanish).Concat(SyntheticEnglish);

    public static GoldDocument Seed(string filePrefix) => Seeds.Single(d => d.File.StartsWith(filePrefix, StringComparison.Ordinal));

    private static List<GoldDocument> Load(string corpus, string goldPath, string folder)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var documents = new List<GoldDocument>();
        foreach (var doc in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = doc.GetProperty("file").GetString() ?? throw new InvalidDataException("a gold document without a file");
            var text = File.ReadAllText(Path.Combine(folder, file));
            var dates = doc.GetProperty("dates").EnumerateArray().Select(d => Date(text, d, file)).ToList();
            documents.Add(new GoldDocument(
                corpus,
                file,
                text,
                doc.GetProperty("language").GetString() ?? "und",
                doc.GetProperty("published").GetString() is { } p ? DateOnly.Parse(p, CultureInfo.InvariantCulture) : null,
                doc.TryGetProperty("inferred_published_year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
                dates));
        }

        return documents;
    }

    private static GoldDate Date(string text, JsonElement date, string file)
    {
        var dateText = date.GetProperty("text").GetString() ?? "";
        var start = text.IndexOf(dateText, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidDataException($"{file}: gold date '{dateText}' is not in the text");
        }

        var inconsistent = date.TryGetProperty("inconsistent_with", out var w) ? w.GetString() : null;
        return new GoldDate(dateText, start, date.GetProperty("resolved").GetString() ?? "", inconsistent);
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Enlace.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository root (Enlace.slnx) above " + AppContext.BaseDirectory);
    }
}
