using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Enlace.Server.Components.Map;

/// <summary>
/// Coordinates for the gazetteer's countries and places, read once from the shipped <c>wwwroot/data/places.json</c>
/// (built by <c>build-map-data.mjs</c> from GeoNames data). Names match without regard to case or accents.
/// </summary>
public sealed class PlaceCoordinates(IWebHostEnvironment environment)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<IReadOnlyDictionary<string, KnownPlace>> _byName = new(() => Load(environment.WebRootPath));

    public KnownPlace? Find(string name) => _byName.Value.GetValueOrDefault(Fold(name));

    private static Dictionary<string, KnownPlace> Load(string? webRoot)
    {
        var path = Path.Combine(webRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"), "data", "places.json");
        var places = File.Exists(path)
            ? JsonSerializer.Deserialize<List<KnownPlace>>(File.ReadAllText(path), Json) ?? []
            : [];
        var byName = new Dictionary<string, KnownPlace>(StringComparer.Ordinal);

        // Countries first: a city that shares a country's name does not take its place.
        foreach (var place in places.OrderBy(p => p.Kind == "country" ? 0 : 1))
        {
            foreach (var name in place.Names)
            {
                byName.TryAdd(Fold(name), place);
            }
        }

        return byName;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).ToLowerInvariant();
    }
}
