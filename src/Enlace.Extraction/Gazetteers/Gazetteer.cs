using System.Collections.Frozen;
using Enlace.Extraction.Entities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Gazetteers;

/// <summary>
/// The embedded gazetteers and word lists, read once on first use (thread-safe) and shared by every document.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Gazetteer(
        IReadOnlyList<GazetteerEntry> entries,
        IReadOnlyList<Country> countries,
        PhraseTrie phrases,
        FrozenDictionary<string, Country> demonyms,
        Lexicon lexicon)
    {
        Entries = entries;
        Countries = countries;
        Phrases = phrases;
        Demonyms = demonyms;
        Lexicon = lexicon;
        ById = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        CountryByCode = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        DemonymLookup = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        byName = IndexByName(entries);
        countryByName = IndexCountries(countries);
        var byKind = new Dictionary<(string, string), GazetteerEntry>();
        foreach (var entry in entries)
        {
            byKind.TryAdd((entry.Country, entry.Kind), entry);
        }

        byCountryAndKind = byKind.ToFrozenDictionary();
        Capitals = countries.Select(c => c.Capital).ToFrozenSet(StringComparer.Ordinal);
    }

    public static Gazetteer Instance => Loaded.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public IReadOnlyList<Country> Countries { get; }

    public PhraseTrie Phrases { get; }

    /// <summary>Lower-cased demonym, accents kept ("Germán" is a name, "German" a demonym) → its country.</summary>
    public FrozenDictionary<string, Country> Demonyms { get; }

    public FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    public Lexicon Lexicon { get; }

    public FrozenDictionary<string, GazetteerEntry> ById { get; }

    public FrozenDictionary<string, Country> CountryByCode { get; }

    /// <summary>The capital cities of the listed countries, by their English names.</summary>
    public FrozenSet<string> Capitals { get; }

    public Country? CountryOf(GazetteerEntry entry) => CountryByCode.GetValueOrDefault(entry.Country);

    /// <summary>The entries whose English or Spanish name is <paramref name="name"/>, in the gazetteer's order.</summary>
    public IReadOnlyList<GazetteerEntry> EntriesNamed(string name) => byName.GetValueOrDefault(name) ?? [];

    /// <summary>The first entry of <paramref name="kind"/> in <paramref name="country"/>: its national police, its prosecution service.</summary>
    public GazetteerEntry? FirstOf(string country, string kind) => byCountryAndKind.GetValueOrDefault((country, kind));

    /// <summary>The first country whose English or Spanish name is <paramref name="name"/>.</summary>
    public Country? CountryNamed(string name) => countryByName.GetValueOrDefault(name);

    private readonly FrozenDictionary<string, GazetteerEntry[]> byName;
    private readonly FrozenDictionary<string, Country> countryByName;
    private readonly FrozenDictionary<(string, string), GazetteerEntry> byCountryAndKind;

    private static FrozenDictionary<string, GazetteerEntry[]> IndexByName(IReadOnlyList<GazetteerEntry> entries)
    {
        var byName = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.English == entry.Spanish ? [entry.English] : (string[])[entry.English, entry.Spanish])
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    byName[name] = list = [];
                }

                list.Add(entry);
            }
        }

        return byName.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, Country> IndexCountries(IReadOnlyList<Country> countries)
    {
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            byName.TryAdd(country.English, country);
            byName.TryAdd(country.Spanish, country);
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The country of a demonym as written ("Venezuelan", "venezolanas"), accents significant.</summary>
    public Country? Demonym(ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        InvariantLower.Copy(word, lower);
        return DemonymLookup.TryGetValue(lower, out var country) ? country : null;
    }

    private static Gazetteer Load()
    {
        var entries = new List<GazetteerEntry>();
        var countries = new List<Country>();
        var demonyms = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Rows("countries.tsv"))
        {
            var code = TsvFile.Column(row, 0);
            var entry = new GazetteerEntry(
                $"country-{code}", EntityTypes.Location, "country", code, TsvFile.Column(row, 1), TsvFile.Column(row, 2),
                TsvFile.List(row, 5), []);
            var country = new Country(code, entry.English, entry.Spanish, TsvFile.Column(row, 3), TsvFile.Column(row, 4), entry);
            entries.Add(entry);
            countries.Add(country);
            foreach (var demonym in TsvFile.List(row, 6))
            {
                demonyms.TryAdd(demonym.ToLowerInvariant(), country);
            }
        }

        foreach (var row in TsvFile.Rows("regions.tsv"))
        {
            var english = TsvFile.Column(row, 0);
            entries.Add(new GazetteerEntry(
                $"region-{english}", EntityTypes.Location, "region", "", english, TsvFile.Column(row, 1), TsvFile.List(row, 2), []));
        }

        foreach (var row in TsvFile.Rows("places.tsv"))
        {
            entries.Add(new GazetteerEntry(
                $"place-{TsvFile.Column(row, 0)}-{TsvFile.Column(row, 2)}", EntityTypes.Location, TsvFile.Column(row, 1),
                TsvFile.Column(row, 0), TsvFile.Column(row, 2), TsvFile.Column(row, 3), TsvFile.List(row, 4), []));
        }

        foreach (var row in TsvFile.Rows("organisations.tsv"))
        {
            entries.Add(new GazetteerEntry(
                TsvFile.Column(row, 0), EntityTypes.Organization, TsvFile.Column(row, 2), TsvFile.Column(row, 1),
                TsvFile.Column(row, 3), TsvFile.Column(row, 4), TsvFile.List(row, 5), TsvFile.List(row, 6)));
        }

        return new Gazetteer(entries, countries, BuildTrie(entries), demonyms.ToFrozenDictionary(StringComparer.Ordinal), Lexicon.Load());
    }

    private static PhraseTrie BuildTrie(List<GazetteerEntry> entries)
    {
        var trie = new PhraseTrie();
        foreach (var entry in entries)
        {
            // A name listed as contextual stays contextual even when it is also the canonical name ("Policía Nacional" of Spain).
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in entry.ContextualNames)
            {
                Add(trie, entry, name, contextual: true, seen);
            }

            foreach (var name in (IEnumerable<string>)[entry.English, entry.Spanish, .. entry.Names])
            {
                Add(trie, entry, name, contextual: false, seen);
            }
        }

        return trie;
    }

    private static void Add(PhraseTrie trie, GazetteerEntry entry, string name, bool contextual, HashSet<string> seen)
    {
        if (name.Length == 0 || !seen.Add(name))
        {
            return;
        }

        var tokens = Tokenizer.Tokenize(name);
        var original = tokens.Select(t => name.Substring(t.Start, t.Length)).ToArray();
        var folded = original.Select(TextFold.Fold).ToArray();
        trie.Add(new PhraseName(entry, name, original, contextual), folded);
    }
}
