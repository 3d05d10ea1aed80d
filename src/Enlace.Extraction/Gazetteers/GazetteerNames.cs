using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;

namespace Enlace.Extraction.Gazetteers;

/// <summary>
/// The gazetteer as reconciliation consults it: one language-independent key per known institution or place, so that
/// "Policía Nacional del Perú" and "Peruvian National Police" resolve to one entity; and how large a known place is
/// and which country it lies in, so that a shared district counts for more than a shared country. Names valid only in
/// a document about one country ("Policía Nacional") are no key: without the document they are ambiguous.
/// </summary>
public sealed class GazetteerNames : IKnownNames, IPlaceDirectory
{
    private static readonly Lazy<GazetteerNames> Loaded = new(() => new GazetteerNames(Gazetteer.Instance), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly KnownNamesTable _keys;
    private readonly Dictionary<string, PlaceInfo?> _places = new(StringComparer.Ordinal);

    private GazetteerNames(Gazetteer gazetteer)
    {
        // A name that some entry uses only in context ("Ministerio Público", "Policía Nacional") is no one's key, even
        // where another entry lists it as its own canonical name.
        var contextual = gazetteer.Entries.SelectMany(e => e.ContextualNames).Select(NameForms.Normalize).ToHashSet(StringComparer.Ordinal);
        _keys = new KnownNamesTable(gazetteer.Entries.SelectMany(e => NamesOf(e).Where(n => !contextual.Contains(NameForms.Normalize(n))).Select(n => (e.Id, n))));
        foreach (var entry in gazetteer.Entries.Where(e => e.Type == EntityTypes.Location))
        {
            var info = new PlaceInfo(LevelOf(entry.Kind), entry.Country.Length > 0 ? entry.Country : null);
            foreach (var name in NamesOf(entry).Select(NameForms.Normalize).Where(n => n.Length > 0).Distinct())
            {
                // A name two places share keeps what they agree on: "Santiago" the city and a district elsewhere are
                // both localities, in no one country.
                _places[name] = _places.TryGetValue(name, out var other) ? Agreed(other, info) : info;
            }
        }
    }

    public static GazetteerNames Instance => Loaded.Value;

    public string? CanonicalKey(string name) => _keys.CanonicalKey(name);

    public PlaceInfo? Find(string name) => _places.GetValueOrDefault(NameForms.Normalize(name));

    private static IEnumerable<string> NamesOf(GazetteerEntry entry) => [entry.English, entry.Spanish, .. entry.Names];

    private static PlaceLevel LevelOf(string kind) => kind switch
    {
        "country" => PlaceLevel.Country,
        "region" => PlaceLevel.Region,
        _ => PlaceLevel.Locality,
    };

    private static PlaceInfo? Agreed(PlaceInfo? a, PlaceInfo b) =>
        a is not { } x ? null : new PlaceInfo(x.Level == b.Level ? x.Level : PlaceLevel.Locality, x.Country == b.Country ? x.Country : null);
}
