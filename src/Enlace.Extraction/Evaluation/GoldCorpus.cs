using System.Text.Json;

namespace Enlace.Extraction.Evaluation;

/// <summary>
/// An analyst's gold file in the shape of shared/corpus/seeds-expected.json: per document, the organisations, people and
/// places (with aliases), the dates and the figures a careful reader extracts. Extra keys are ignored.
/// </summary>
public sealed record GoldCorpus(IReadOnlyList<GoldDocument> Documents)
{
    public static GoldCorpus Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        if (!json.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: a gold file needs a \"documents\" array");
        }

        return new GoldCorpus([.. documents.EnumerateArray().Select(GoldDocument.From)]);
    }
}
