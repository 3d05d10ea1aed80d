using System.Text.Json;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Tests.Quantities;

/// <summary>Loads the two seed reports and the synthetic Spanish and English corpora with their gold figures.</summary>
public static class GoldCorpus
{
    private static readonly Lazy<IReadOnlyList<GoldDocument>> All = new(Load);

    public static IReadOnlyList<GoldDocument> Documents => All.Value;

    public static IReadOnlyList<GoldDocument> Seeds => [.. Documents.Where(d => d.Corpus == "seeds")];

    public static IReadOnlyList<GoldDocument> Corpus(string corpus) => [.. Documents.Where(d => d.Corpus == corpus)];

    public static GoldDocument Named(string prefix) => Documents.Single(d => d.Name.StartsWith(prefix, StringComparison.Ordinal));

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Enlace.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Enlace.slnx not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<GoldDocument> Load()
    {
        var root = RepositoryRoot();
        return
        [
            .. Read("seeds", Path.Combine(root, "..", "shared", "corpus", "seeds"), Path.Combine(root, "..", "shared", "corpus", "seeds-expected.json")),
            .. Read("es", Path.Combine(root, "corpus", "synthetic", "es"), Path.Combine(root, "corpus", "synthetic", "es", "expected.json")),
            .. Read("en", Path.Combine(root, "corpus", "synthetic", "en"), Path.Combine(root, "corpus", "synthetic", "en", "expected.json")),
        ];
    }

    private static IEnumerable<GoldDocument> Read(string corpus, string folder, string goldFile)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
        foreach (var document in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var name = document.GetProperty("file").GetString() ?? "";
            var text = File.ReadAllText(Path.Combine(folder, name));
            var language = document.GetProperty("language").GetString() ?? "und";
            var quantities = document.GetProperty("quantities").EnumerateArray().Select(q => Quantity(text, q)).ToList();
            yield return new GoldDocument(corpus, name, language, text, quantities);
        }
    }

    private static GoldQuantity Quantity(string text, JsonElement q)
    {
        var quoted = q.GetProperty("text").GetString() ?? "";
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"gold text '{quoted}' is not in its document");
        }

        return new GoldQuantity(
            new TextSpan(start, start + quoted.Length),
            quoted,
            q.GetProperty("value").GetDecimal(),
            q.GetProperty("qualifier").GetString() ?? "",
            q.GetProperty("measure").GetString() ?? "",
            Optional(q, "population"),
            Optional(q, "unit"),
            Optional(q, "item"));
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
