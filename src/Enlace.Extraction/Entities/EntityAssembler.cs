using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Turns the winning candidates into entities: one per gazetteer entry or per name, aliases joined to what they name
/// (acronym to expansion, nickname to person, "Embajada de EE. UU." to the one US embassy), short forms of a person's
/// name ("Quintero", "Quispe Valdivia") to the full name, and "Policía Nacional" to the police of the document's country.
/// </summary>
public static class EntityAssembler
{
    public static List<EntityBuilder> Assemble(EntityDocument doc, IReadOnlyList<Candidate> accepted, CountryFocus focus)
    {
        // Where each entry named without doubt is named, in the order of the candidates.
        var present = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var c in accepted)
        {
            if (!c.Contextual && c.Options.Count == 1)
            {
                if (!present.TryGetValue(c.Options[0].Id, out var at))
                {
                    present[c.Options[0].Id] = at = [];
                }

                at.Add(c.First);
            }
        }

        var builders = new Dictionary<string, EntityBuilder>(StringComparer.Ordinal);
        var aliases = new List<Candidate>();
        foreach (var candidate in accepted)
        {
            if (candidate.AliasOf is not null)
            {
                aliases.Add(candidate);
                continue;
            }

            // A contextual name the document does not settle ("Ministerio Público" in a report about a country without one
            // listed) stays a name of its own.
            var entry = candidate.Options.Count == 0 ? null : Choose(candidate, present, focus);
            entry ??= KnownPlace(doc, candidate);
            var key = entry is not null ? entry.Key : TextFold.Fold(candidate.Name ?? doc.Surface(candidate.First, candidate.End));
            BuilderFor(builders, key, candidate.Type, entry).Mentions.Add(candidate);
        }

        foreach (var alias in aliases)
        {
            var key = alias.AliasOf ?? "";
            if (!builders.TryGetValue(key, out var target))
            {
                target = BuilderFor(builders, key, alias.Type, key.StartsWith('#') ? Gazetteer.Instance.ById.GetValueOrDefault(key[1..]) : null);
            }

            target.Mentions.Add(alias);
        }

        var list = builders.Values.ToList();
        MergePeople(doc, list);
        list.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return list;
    }

    private static EntityBuilder BuilderFor(Dictionary<string, EntityBuilder> builders, string key, string type, GazetteerEntry? entry)
    {
        if (!builders.TryGetValue(key, out var builder))
        {
            builder = new EntityBuilder(type, key, entry);
            builders[key] = builder;
        }

        return builder;
    }

    private static GazetteerEntry? Choose(Candidate candidate, Dictionary<string, List<int>> present, CountryFocus focus)
    {
        if (candidate.Options.Count == 1 && !candidate.Contextual)
        {
            return candidate.Options[0];
        }

        var here = candidate.Options.Where(o => present.ContainsKey(o.Id)).ToList();
        if (here.Count > 0)
        {
            return here.MaxBy(o => LastAtOrBefore(present[o.Id], candidate.First));
        }

        var mentioned = candidate.Options.Where(o => focus.Mentioned.Contains(o.Country)).ToList();
        return candidate.Options.FirstOrDefault(o => o.Country == focus.Main)
               ?? (mentioned.Count == 1 ? mentioned[0] : null)
               ?? (candidate.Contextual ? null : candidate.Options[0]);
    }

    // The last of the (ascending) positions at or before the token, or -1.
    private static int LastAtOrBefore(List<int> positions, int token)
    {
        int lo = 0, hi = positions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (positions[mid] <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? -1 : positions[lo - 1];
    }

    // A place found by its pattern ("el distrito de Comas") is the gazetteer's place when the gazetteer knows the name.
    private static GazetteerEntry? KnownPlace(EntityDocument doc, Candidate candidate)
    {
        if (candidate.Type != EntityTypes.Location)
        {
            return null;
        }

        var match = doc.PhraseMatches(candidate.First).FirstOrDefault(m => m.Length == candidate.Length);
        return match.Name is { Contextual: false } name && name.Entry.Type == EntityTypes.Location ? name.Entry : null;
    }

    // "Whitfield" and "Ambassador Whitfield" are "Eleanor J. Whitfield"; "Kelvin Marcano Blanco" is "Kelvin José Marcano Blanco".
    private static void MergePeople(EntityDocument doc, List<EntityBuilder> builders)
    {
        // One person or none: nobody to merge with.
        var persons = 0;
        foreach (var builder in builders)
        {
            persons += builder.Type == EntityTypes.Person ? 1 : 0;
        }

        if (persons < 2)
        {
            return;
        }

        var people = builders.Where(b => b.Type == EntityTypes.Person)
            .Select(b => (Builder: b, Words: Words(b.Canonical(doc))))
            .OrderByDescending(p => p.Words.Length)
            .ToList();

        // A short form ends in a word of the full name: only the people with that word need comparing.
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < people.Count; i++)
        {
            foreach (var word in people[i].Words.Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(word, out var holders))
                {
                    byWord[word] = holders = [];
                }

                holders.Add(i);
            }
        }

        var absorbed = new HashSet<EntityBuilder>(ReferenceEqualityComparer.Instance);
        for (var i = people.Count - 1; i >= 0; i--)
        {
            var (shorter, words) = people[i];
            if (shorter.Entry is not null || words.Length == 0 || !byWord.TryGetValue(words[^1], out var holders))
            {
                continue;
            }

            EntityBuilder? only = null;
            var count = 0;
            foreach (var j in holders)
            {
                if (j >= i || count > 1)
                {
                    break;
                }

                if (people[j].Words.Length > words.Length && IsShortForm(words, people[j].Words))
                {
                    (only, count) = (people[j].Builder, count + 1);
                }
            }

            if (count == 1 && only is not null)
            {
                only.Absorb(shorter);
                absorbed.Add(shorter);
            }
        }

        builders.RemoveAll(absorbed.Contains);
    }

    private static string[] Words(string name) =>
        TextFold.Fold(name).Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsShortForm(string[] shorter, string[] longer)
    {
        if (shorter.Length == 0 || !longer.Contains(shorter[^1], StringComparer.Ordinal) || shorter[^1].Length < 3)
        {
            return false;
        }

        var k = 0;
        foreach (var word in longer)
        {
            if (k < shorter.Length && word == shorter[k])
            {
                k++;
            }
        }

        return k == shorter.Length;
    }
}
