using System.Text.Json;

namespace Enlace.Extraction.Tests.Entities;

/// <summary>The two seed reports and the 44 synthetic reports with their analysts' gold, read from the repository.</summary>
public static class GoldCorpus
{
    private static readonly Lazy<IReadOnlyList<GoldDocument>> All = new(Load);

    public static IReadOnlyList<GoldDocument> Documents => All.Value;

    public static IEnumerable<GoldDocument> Seeds => Documents.Where(d => d.Corpus == "seeds");

    public static GoldDocument Named(string file) => Documents.Single(d => d.File == file);

    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Enlace.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Enlace.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    private static List<GoldDocument> Load()
    {
        var root = Root;
        var documents = new List<GoldDocument>();
        documents.AddRange(Read(Path.Combine(root, "..", "shared", "corpus", "seeds-expected.json"), Path.Combine(root, "..", "shared", "corpus", "seeds"), "seeds"));
        documents.AddRange(Read(Path.Combine(root, "corpus", "synthetic", "es", "expected.json"), Path.Combine(root, "corpus", "synthetic", "es"), "es"));
        documents.AddRange(Read(Path.Combine(root, "corpus", "synthetic", "en", "expected.json"), Path.Combine(root, "corpus", "synthetic", "en"), "en"));
        return documents;
    }

    private static IEnumerable<GoldDocument> Read(string goldPath, string folder, string corpus)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString() ?? "";
            yield return new GoldDocument(
                corpus,
                file,
                document.GetProperty("language").GetString() ?? "en",
                File.ReadAllText(Path.Combine(folder, file)),
                Strings(document, "orgs"),
                Strings(document, "people"),
                Strings(document, "places"),
                document.TryGetProperty("aliases", out var aliases)
                    ? aliases.EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[.. p.Value.EnumerateArray().Select(a => a.GetString() ?? "")])
                    : [],
                [.. document.GetProperty("quantities").EnumerateArray().Select(q => new GoldQuantity(
                    q.GetProperty("text").GetString() ?? "",
                    q.TryGetProperty("attributed_to", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString() : null))],
                [.. document.GetProperty("relations").EnumerateArray().SelectMany(Relations)]);
        }
    }

    private static IEnumerable<GoldRelation> Relations(JsonElement relation)
    {
        var subject = relation.GetProperty("subject").GetString() ?? "";
        var predicate = relation.GetProperty("predicate").GetString() ?? "";
        var detail = relation.TryGetProperty("detail", out var d) ? d.GetString() : null;
        var objects = relation.GetProperty("object");
        if (objects.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in objects.EnumerateArray())
            {
                yield return new GoldRelation(subject, predicate, item.GetString() ?? "", detail);
            }
        }
        else
        {
            yield return new GoldRelation(subject, predicate, objects.GetString() ?? "", detail);
        }
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
}
