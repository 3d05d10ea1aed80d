using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// "la Fiscalía", "la Policía", "the Embassy", "the ministry": a body named by its kind alone is the one of that kind
/// the document named last (or, failing that, next).
/// </summary>
public static class GenericReferences
{
    private static readonly (string Head, string[] Names, string[] Kinds)[] Heads =
    [
        ("fiscalia", ["fiscalia", "ministerio publico"], ["prosecutor"]),
        ("policia", ["policia", "carabineros"], ["national-police", "police"]),
        ("embajada", ["embajada"], ["embassy"]),
        ("embassy", ["embassy"], ["embassy"]),
        ("ministry", ["ministry"], ["ministry"]),
        ("ministerio", ["ministerio"], ["ministry"]),
        ("prosecution", ["public ministry", "prosecutor", "attorney"], ["prosecutor"]),
        ("colegiado", ["juzgado", "colegiado", "tribunal"], ["court"]),
        ("armada", ["armada"], ["military"]),
    ];

    private static readonly WordList Articles = ["la", "el", "the"];

    public static void Add(EntityDocument doc, List<EntityBuilder> entities, CountryFocus focus)
    {
        var taken = new bool[doc.Count];
        foreach (var mention in entities.SelectMany(e => e.Mentions))
        {
            for (var t = mention.First; t < mention.End; t++)
            {
                taken[t] = true;
            }
        }

        for (var i = 1; i < doc.Count; i++)
        {
            if (taken[i] || taken[i - 1] || !doc.IsAny(i - 1, Articles) || doc.IsCapitalisedWord(i + 1) && doc.SameLine(i, i + 1))
            {
                continue;
            }

            var head = Heads.FirstOrDefault(h => doc.Is(i, h.Head));
            if (head.Head is null || !doc[i].IsCapitalised && head.Head is not ("ministry" or "prosecution"))
            {
                continue;
            }

            // Bodies of the right kind from the gazetteer first (a national police before its units), then bodies whose name
            // starts with the word, then the national body of the document's country.
            var target = head.Kinds.Select(kind => Nearest(doc, entities, i, e => e.Entry?.Kind == kind)).FirstOrDefault(t => t is not null)
                         ?? Nearest(doc, entities, i, e => e.Entry is null && Named(doc, e, head.Names))
                         ?? National(entities, focus, head.Kinds);
            target?.Extra.Add((doc.SpanOf(i - 1, i + 1), doc.Surface(i - 1, i + 1)));
        }
    }

    // "la Policía" in a report about Ecuador that never names the force: Ecuador's national police.
    private static EntityBuilder? National(List<EntityBuilder> entities, CountryFocus focus, string[] kinds)
    {
        var entry = Gazetteer.Instance.Entries.FirstOrDefault(e => e.Country == focus.Main && kinds[0] is "national-police" or "prosecutor" && e.Kind == kinds[0]);
        if (entry is null)
        {
            return null;
        }

        var builder = new EntityBuilder(EntityTypes.Organization, "#" + entry.Id, entry);
        entities.Add(builder);
        return builder;
    }

    private static bool Named(EntityDocument doc, EntityBuilder entity, string[] names)
    {
        var name = TextFold.Fold(entity.Canonical(doc));
        return entity.Type == EntityTypes.Organization && names.Any(n => name.StartsWith(n, StringComparison.Ordinal));
    }

    private static EntityBuilder? Nearest(EntityDocument doc, IReadOnlyList<EntityBuilder> entities, int at, Func<EntityBuilder, bool> fits)
    {
        EntityBuilder? before = null;
        EntityBuilder? after = null;
        int bestBefore = -1, bestAfter = int.MaxValue;
        foreach (var entity in entities.Where(fits))
        {
            foreach (var mention in entity.Mentions)
            {
                if (mention.First < at && mention.First > bestBefore)
                {
                    (bestBefore, before) = (mention.First, entity);
                }
                else if (mention.First > at && mention.First < bestAfter)
                {
                    (bestAfter, after) = (mention.First, entity);
                }
            }
        }

        return before ?? after;
    }
}
