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
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                for (var t = mention.First; t < mention.End; t++)
                {
                    taken[t] = true;
                }
            }
        }

        // The mentions of each kind of body, in order, built on first use: a reference then costs a binary search.
        var bodies = new Dictionary<(bool ByName, string Key), Bodies>();
        for (var i = 1; i < doc.Count; i++)
        {
            if (taken[i] || taken[i - 1] || !doc.IsAny(i - 1, Articles) || doc.IsCapitalisedWord(i + 1) && doc.SameLine(i, i + 1))
            {
                continue;
            }

            var head = HeadAt(doc, i);
            if (head < 0 || !doc[i].IsCapitalised && Heads[head].Head is not ("ministry" or "prosecution"))
            {
                continue;
            }

            Refer(doc, entities, focus, bodies, head, i);
        }
    }

    // Bodies of the right kind from the gazetteer first (a national police before its units), then bodies whose name
    // starts with the word, then the national body of the document's country. A method of its own so the lambdas'
    // captures are made only for a reference, not for every token the loop passes.
    private static void Refer(EntityDocument doc, List<EntityBuilder> entities, CountryFocus focus, Dictionary<(bool ByName, string Key), Bodies> bodies, int head, int i)
    {
        var (name, names, kinds) = Heads[head];
        EntityBuilder? target = null;
        foreach (var kind in kinds)
        {
            target ??= (bodies.TryGetValue((false, kind), out var ofKind) ? ofKind : bodies[(false, kind)] = new Bodies(entities, e => e.Entry?.Kind == kind)).Nearest(i);
        }

        target ??= (bodies.TryGetValue((true, name), out var named) ? named : bodies[(true, name)] = new Bodies(entities, e => e.Entry is null && Named(doc, e, names))).Nearest(i);
        target ??= National(entities, focus, kinds);
        target?.Extra.Add((doc.SpanOf(i - 1, i + 1), doc.Surface(i - 1, i + 1)));
    }

    private static int HeadAt(EntityDocument doc, int i)
    {
        for (var h = 0; h < Heads.Length; h++)
        {
            if (doc.Is(i, Heads[h].Head))
            {
                return h;
            }
        }

        return -1;
    }

    // "la Policía" in a report about Ecuador that never names the force: Ecuador's national police.
    private static EntityBuilder? National(List<EntityBuilder> entities, CountryFocus focus, string[] kinds)
    {
        var entry = focus.Main is null || kinds[0] is not ("national-police" or "prosecutor") ? null : Gazetteer.Instance.FirstOf(focus.Main, kinds[0]);
        if (entry is null)
        {
            return null;
        }

        var builder = new EntityBuilder(EntityTypes.Organization, entry.Key, entry);
        entities.Add(builder);
        return builder;
    }

    private static bool Named(EntityDocument doc, EntityBuilder entity, string[] names)
    {
        if (entity.Type != EntityTypes.Organization)
        {
            return false;
        }

        var name = TextFold.Fold(entity.Canonical(doc));
        return names.Any(n => name.StartsWith(n, StringComparison.Ordinal));
    }

    // The mentions of the bodies that fit, ordered by where they start and then by the order the entities were listed in.
    private sealed class Bodies
    {
        private readonly (int First, EntityBuilder Entity)[] mentions;

        public Bodies(List<EntityBuilder> entities, Func<EntityBuilder, bool> fits)
        {
            var list = new List<(int First, EntityBuilder Entity)>();
            foreach (var entity in entities.Where(fits))
            {
                foreach (var mention in entity.Mentions)
                {
                    list.Add((mention.First, entity));
                }
            }

            // A stable sort by start: among mentions that start together, the one listed first wins.
            mentions = [.. list.OrderBy(m => m.First)];
        }

        /// <summary>The body named last before token <paramref name="at"/>, or else first after it.</summary>
        public EntityBuilder? Nearest(int at)
        {
            int lo = 0, hi = mentions.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (mentions[mid].First < at)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            if (lo > 0)
            {
                var before = lo - 1;
                while (before > 0 && mentions[before - 1].First == mentions[before].First)
                {
                    before--;
                }

                return mentions[before].Entity;
            }

            var after = lo;
            while (after < mentions.Length && mentions[after].First == at)
            {
                after++;
            }

            return after < mentions.Length ? mentions[after].Entity : null;
        }
    }
}
