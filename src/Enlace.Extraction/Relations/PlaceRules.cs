using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// operates_in and originated_in: "present in several countries, including Colombia and Chile", "It now has a foothold in
/// Colombia, Peru, Chile, and Brazil", "que opera en la capital desde 2022", "traces its origins to Venezuela", "nacida en
/// la cárcel de Tocorón". The subject is the group the sentence is about (the first it names, or the one a pronoun stands for).
/// </summary>
public static class PlaceRules
{
    private const int MaxGap = 12;

    private static readonly PhraseList Operates = new((string[][])
    [
        ["present", "in"], ["presence", "in"], ["presencia", "en"], ["foothold", "in"], ["footprint", "in"], ["operates", "in"], ["operated", "in"],
        ["operating", "in"], ["operate", "in"], ["opera", "en"], ["operaba"], ["opera"], ["operan"], ["spread", "to"], ["expanded", "to"], ["expandio", "a"],
        ["expandido", "a"], ["asentada", "en"], ["asentado", "en"], ["asentada"], ["asentado"], ["active", "in"], ["activa", "en"], ["controlaba"],
        ["controla"], ["controlled"], ["controls"], ["cells", "in"], ["celulas", "en"], ["dedicated"], ["dedicada"], ["dedicado"], ["accused"],
        ["acusada"], ["acusado"], ["exploto"], ["explotaba"], ["explota"], ["exploited"], ["exploits"], ["blamed"], ["expanded"],
        ["investigada", "en"], ["investigado", "en"], ["members", "in"], ["miembros", "en"], ["integrantes", "en"], ["llegada", "a"],
        ["implantacion", "en"], ["control", "de"],
    ]);

    private static readonly PhraseList Originates = new((string[][])
    [
        ["traces", "its", "origins", "to"], ["origins", "in"], ["originated", "in"], ["originated"], ["emerged"], ["grew", "out", "of"],
        ["nacio", "en"], ["nacida", "en"], ["nacido", "en"], ["surgida", "en"], ["surgido", "en"], ["surgio", "en"], ["founded", "in"],
        ["fundada", "en"], ["was", "born", "in"], ["creada", "en"],
    ]);

    private static readonly PhraseList Pronouns = new((string[])
    [
        "it", "its", "la banda", "the gang", "the group", "la organizacion", "the organisation", "the organization", "el grupo", "la red",
        "the network", "la estructura", "this gang", "this group", "esta banda", "esta organizacion", "the structure", "the cell", "la celula",
    ]);

    private static readonly WordList Stops = [".", ";", "than", "where", "donde", "while", "mientras", "but", "pero", "whom", "quien"];

    public static void Find(MentionMap map, GangSet gangs, RelationSink sink, string? capital)
    {
        var doc = map.Document;
        SentenceSubjects? subjects = null;
        var capitalCity = new Lazy<Mention?>(() => capital is null ? null : map.Mentions.FirstOrDefault(m => m.Entity.Name == capital), LazyThreadSafetyMode.None);
        for (var i = 0; i < doc.Count; i++)
        {
            var predicate = Trigger(doc, i, Operates, out var length) ? "operates_in" : Trigger(doc, i, Originates, out length) ? "originated_in" : null;
            if (predicate is null)
            {
                continue;
            }

            subjects ??= new SentenceSubjects(map, gangs, Pronouns);
            var subject = subjects.Before(i);
            if (subject is null)
            {
                continue;
            }

            // Where a group began is one place, the first named ("nacido en la cárcel de Tocorón, en el estado de Aragua").
            var places = Places(map, i + length, capital, capitalCity);
            var kept = places.Where(p => !IsRegion(p.Entity)).ToList();
            foreach (var place in predicate == "originated_in" ? kept.Take(1) : kept)
            {
                sink.Add(subject.Name, predicate, place.Entity.Name, i, place.End);
            }
        }
    }

    private static bool Trigger(EntityDocument doc, int i, PhraseList triggers, out int length)
    {
        length = triggers.MatchAt(doc, i);
        return length > 0;
    }

    // Places after the trigger, each within a few words of the last: "Colombia, Peru, Chile, and Brazil", "la capital".
    private static List<Mention> Places(MentionMap map, int start, string? capital, Lazy<Mention?> capitalCity)
    {
        var doc = map.Document;
        var found = new List<Mention>();
        var last = start;
        for (var k = start; k < doc.Count && k - last <= MaxGap && !doc[k].Is(TokenShape.SentenceStart) && !doc.IsAny(k, Stops); k++)
        {
            // Another statement begins: a new trigger, or a participle after a comma ("…, exploiting the wave of …").
            if (k > start && (Trigger(doc, k, Operates, out _) || Trigger(doc, k, Originates, out _))
                || doc.IsAny(k - 1, ",") && (doc.FoldedOf(k).EndsWith("ing") || doc.FoldedOf(k).EndsWith("ando") || doc.FoldedOf(k).EndsWith("iendo")))
            {
                break;
            }

            if (map.At(k) is { } place && place.First == k && MentionMap.IsLocation(place) && doc.DemonymOf(k) is null)
            {
                found.Add(place);
                last = place.End;
                k = place.End - 1;
            }
            else if (capital is not null && doc.IsAny(k, "capital") && doc.IsAny(k - 1, "la", "the") && capitalCity.Value is { } city)
            {
                found.Add(city with { First = k - 1, End = k + 1 });
                last = k + 1;
            }
        }

        return found;
    }

    private static bool IsRegion(EntityMention place) =>
        Gazetteer.Instance.EntriesNamed(place.Name).Any(e => e.Kind == "region" && e.Country.Length == 0);
}
