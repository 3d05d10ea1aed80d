using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Which countries a document talks about, and the one it is mostly about: places count double, country names,
/// demonyms (in either case) and national bodies once. "Policía Nacional" then means that country's police.
/// </summary>
public sealed record CountryFocus(IReadOnlySet<string> Mentioned, string? Main)
{
    public static CountryFocus Of(EntityDocument doc, IEnumerable<Candidate> gazetteer)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in gazetteer.Where(c => !c.Contextual && c.Options.Count == 1))
        {
            var entry = candidate.Options[0];
            if (entry.Country.Length == 2)
            {
                Add(weights, entry.Country, entry.Type == EntityTypes.Location && entry.Kind != "country" ? 2 : 1);
            }
        }

        for (var i = 0; i < doc.Count; i++)
        {
            if (doc[i].IsWord && doc.DemonymOf(i) is { } country)
            {
                Add(weights, country.Code, 1);
            }
        }

        var main = weights.Count == 0 ? null : weights.MaxBy(w => w.Value).Key;
        return new CountryFocus(weights.Keys.ToHashSet(StringComparer.Ordinal), main);
    }

    private static void Add(Dictionary<string, int> weights, string code, int weight) =>
        weights[code] = weights.GetValueOrDefault(code) + weight;
}
