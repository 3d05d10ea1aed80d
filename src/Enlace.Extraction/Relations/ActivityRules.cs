using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// operates_in read from what happened where: a sentence that names a criminal group together with raids against it or
/// victims freed from it, and the towns, districts or regions where that happened ("the raids carried out in Arica and
/// Iquique against El Tren del Norte"). Countries are left out: being wanted in a country is not operating there.
/// </summary>
public static class ActivityRules
{
    private static readonly WordList Events =
    [
        "raid", "raids", "raided", "allanamiento", "allanamientos", "operativo", "operacion", "operation", "dismantled", "desarticulo", "desarticula",
        "rescued", "rescatadas", "rescatados", "rescato", "freed", "liberadas", "victims", "victimas", "searches", "registros", "redada",
    ];

    public static void Find(MentionMap map, GangSet gangs, RelationSink sink)
    {
        var doc = map.Document;
        var sentenceStart = 0;
        while (sentenceStart < doc.Count)
        {
            var (first, end) = doc.SentenceTokens(sentenceStart);
            sentenceStart = end;
            if (!Enumerable.Range(first, end - first).Any(k => doc.IsAny(k, Events)))
            {
                continue;
            }

            var groups = map.Between(first, end, EntityTypes.Organization).Where(m => gangs.IsGang(m.Entity) && IsTarget(doc, m.First)).Select(m => m.Entity).Distinct().ToList();
            if (groups.Count != 1)
            {
                continue;
            }

            // A dateline ("CUSCO, Peru, Jan. 22 —") says where the news was filed, not where the group acts.
            var places = map.Between(first, end, EntityTypes.Location)
                .Where(p => IsLocal(p.Entity) && doc.DemonymOf(p.First) is null && !(doc[p.First].Is(TokenShape.LineStart) && doc.IsAny(p.End, ",")));
            foreach (var place in places)
            {
                sink.Add(groups[0].Name, "operates_in", place.Entity.Name, first, end);
            }
        }
    }

    // The group the raid was against or the victims were freed from: "contra Los Lobos del Estero", "victims of El Tren del Norte".
    private static bool IsTarget(EntityDocument doc, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 6; k--)
        {
            if (doc.IsAny(k, "contra", "against", "of", "from", "de", "a"))
            {
                return !doc.IsAny(k - 1, "vinculada", "vinculado", "vinculadas", "ligada", "linked", "tied", "faccion", "faction", "celula", "cell");
            }

            if (!doc.IsAny(k, "el", "la", "los", "the", "«", "\"", "“") && !doc.IsAny(k, GangSet.GroupNouns) && !doc.IsAny(k, "criminal", "delincuencia", "organizada", "transnacional", "transnational"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLocal(EntityMention place) =>
        Gazetteer.Instance.CountryNamed(place.Name) is null
        && !Gazetteer.Instance.EntriesNamed(place.Name).Any(e => e.Kind == "region" && e.Country.Length == 0);
}
