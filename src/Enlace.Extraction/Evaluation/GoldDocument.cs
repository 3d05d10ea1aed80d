using System.Globalization;
using System.Text.Json;

namespace Enlace.Extraction.Evaluation;

/// <summary>One document's gold: what must be extracted from the file it names.</summary>
public sealed record GoldDocument(
    string File,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldDate> Dates,
    IReadOnlyList<GoldQuantity> Quantities)
{
    public static GoldDocument From(JsonElement element)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (element.TryGetProperty("aliases", out var aliasMap) && aliasMap.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in aliasMap.EnumerateObject())
            {
                aliases[entry.Name] = [.. Strings(entry.Value)];
            }
        }

        var entities = new List<GoldEntity>();
        foreach (var (key, type) in new[] { ("orgs", "organization"), ("people", "person"), ("places", "location") })
        {
            if (element.TryGetProperty(key, out var names))
            {
                entities.AddRange(Strings(names).Select(name => new GoldEntity(type, name, aliases.GetValueOrDefault(name) ?? [])));
            }
        }

        return new GoldDocument(
            element.GetProperty("file").GetString() ?? throw new InvalidDataException("a gold document needs a \"file\""),
            entities,
            [.. Items(element, "dates").Select(d => new GoldDate(Text(d, "text") ?? "", Text(d, "resolved") ?? ""))],
            [.. Items(element, "quantities").Select(q => new GoldQuantity(
                Text(q, "text") ?? "",
                q.GetProperty("value").GetDecimal(),
                Text(q, "qualifier") ?? "exact",
                Text(q, "measure") ?? "other",
                Text(q, "population"),
                Text(q, "attributed_to")))]);
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static IEnumerable<string> Strings(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0) : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            _ => null,
        } : null;
}
