using System.Runtime.CompilerServices;
using Enlace.Core.Statements;
using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Attribution;

/// <summary>
/// A document read once for all its figures: tokens, entity mentions and the document's own police, prosecutors and
/// country, so that attributing each figure costs only the reading of its sentence.
/// </summary>
public sealed class AttributionContext
{
    private static readonly ConditionalWeakTable<IReadOnlyList<EntityMention>, AttributionContext> Cache = new();

    private AttributionContext(MentionMap map, IReadOnlyList<EntityMention> entities)
    {
        Text = map.Document.Text;
        Document = map.Document;
        Map = map;
        Entities = entities;
        Country = MainCountry(entities);
        Issuer = Map.Mentions.FirstOrDefault(m => MentionMap.IsOrganisation(m) && Document.LineTokens(m.First).First == 0)?.Entity.Name;
    }

    /// <summary>The organisation named on the document's first line: who "we" are in its statement.</summary>
    public string? Issuer { get; }

    public string Text { get; }

    public EntityDocument Document { get; }

    public MentionMap Map { get; }

    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>The country the document names most, for "police" and "prosecutors" it never names in full.</summary>
    public Country? Country { get; }

    public static AttributionContext For(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<EntityMention> entities)
    {
        if (Cache.TryGetValue(entities, out var cached) && ReferenceEquals(cached.Text, text))
        {
            return cached;
        }

        var context = new AttributionContext(new MentionMap(new EntityDocument(text, Language.LanguageDetector.Detect(text), sentences), entities), entities);
        Cache.AddOrUpdate(entities, context);
        return context;
    }

    /// <summary>The context of a document already tokenised and its entities.</summary>
    /// <param name="language">The language <see cref="Language.LanguageDetector"/> gives the text, which may differ from the
    /// one the caller extracted it in: attribution reads the words the text is actually written in.</param>
    /// <param name="entities">The entities <paramref name="map"/> lays over the text.</param>
    public static AttributionContext For(MentionMap map, string language, IReadOnlyList<EntityMention> entities) =>
        new(map.InLanguage(language), entities);

    /// <summary>The document's body of a kind ("police", "prosecutor", "embassy", "ministry"), named last before the token.</summary>
    public string? Body(string kind, int before)
    {
        // Mentions of each kind are listed once, so each figure costs a binary search, not a pass over the document.
        if (!_byKind.TryGetValue(kind, out var ofKind))
        {
            ofKind = [.. Map.Mentions.Where(m => MentionMap.IsOrganisation(m) && IsKind(m.Entity, kind))];
            _byKind[kind] = ofKind;
        }

        int lo = 0, hi = ofKind.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ofKind[mid].First < before)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var best = lo > 0 ? ofKind[lo - 1] : ofKind.Count > 0 ? ofKind[0] : null;
        if (best is not null)
        {
            return best.Entity.Name;
        }

        // The document's country's national police or prosecution service, when the text names it only by its kind.
        var national = kind switch
        {
            "police" => "national-police",
            "prosecutor" => "prosecutor",
            _ => null,
        };
        var entry = national is null || Country is null ? null : Gazetteer.Instance.FirstOf(Country.Code, national);
        return entry?.NameIn(Document.Language);
    }

    private readonly Dictionary<EntityMention, GazetteerEntry?> entries = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<string, List<Mention>> _byKind = new(StringComparer.Ordinal);

    /// <summary>The person named last before token <paramref name="token"/>, within <paramref name="window"/> tokens.</summary>
    public string? PersonBefore(int token, int window)
    {
        for (var i = Map.CountBefore(token) - 1; i >= 0 && token - Map.Mentions[i].First < window; i--)
        {
            if (MentionMap.IsPerson(Map.Mentions[i]))
            {
                return Map.Mentions[i].Entity.Name;
            }
        }

        return null;
    }

    /// <summary>Organisations named before token <paramref name="token"/>, nearest first, within <paramref name="window"/> tokens.</summary>
    public IEnumerable<Mention> OrganisationsBefore(int token, int window)
    {
        for (var i = Map.CountBefore(token) - 1; i >= 0 && token - Map.Mentions[i].First < window; i--)
        {
            if (MentionMap.IsOrganisation(Map.Mentions[i]))
            {
                yield return Map.Mentions[i];
            }
        }
    }

    private bool IsKind(EntityMention entity, string kind)
    {
        if (!entries.TryGetValue(entity, out var entry))
        {
            entry = Gazetteer.Instance.EntriesNamed(entity.Name).FirstOrDefault(e => e.IsOrganisation);
            entries[entity] = entry;
        }

        if (entry is not null)
        {
            return kind switch
            {
                "police" => entry.Kind is "national-police",
                "prosecutor" => entry.Kind is "prosecutor",
                "ministry" => entry.Kind is "ministry",
                "embassy" => entry.Kind is "embassy",
                "court" => entry.Kind is "court",
                _ => false,
            };
        }

        var name = TextFold.Fold(entity.Name);
        return kind switch
        {
            "police" => name.Contains("police", StringComparison.Ordinal) || name.Contains("policia", StringComparison.Ordinal) || name.StartsWith("carabineros", StringComparison.Ordinal),
            "prosecutor" => name.Contains("fiscalia", StringComparison.Ordinal) || name.Contains("prosecutor", StringComparison.Ordinal)
                            || name.Contains("public ministry", StringComparison.Ordinal) || name.Contains("ministerio publico", StringComparison.Ordinal)
                            || name.Contains("attorney", StringComparison.Ordinal),
            "embassy" => name.StartsWith("embassy", StringComparison.Ordinal) || name.StartsWith("embajada", StringComparison.Ordinal),
            "ministry" => name.StartsWith("ministry", StringComparison.Ordinal) || name.StartsWith("ministerio", StringComparison.Ordinal) && !name.StartsWith("ministerio publico", StringComparison.Ordinal),
            "court" => name.Contains("court", StringComparison.Ordinal) || name.StartsWith("juzgado", StringComparison.Ordinal) || name.StartsWith("tribunal", StringComparison.Ordinal)
                       || name.StartsWith("corte", StringComparison.Ordinal) || name.StartsWith("sala ", StringComparison.Ordinal),
            _ => name.Contains(kind, StringComparison.Ordinal),
        };
    }

    private static Country? MainCountry(IReadOnlyList<EntityMention> entities)
    {
        Country? best = null;
        var most = 0;
        foreach (var place in entities.Where(e => e.Type == EntityTypes.Location))
        {
            var country = Gazetteer.Instance.CountryNamed(place.Name);
            if (country is not null && place.Spans.Count > most)
            {
                (best, most) = (country, place.Spans.Count);
            }
        }

        return best;
    }
}
