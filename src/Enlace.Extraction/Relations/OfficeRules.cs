using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// An agency's office in a city is named by acronym and city ("HSI Lima") and is part of what the text says it belongs to
/// ("HSI (HIS Lima) Office of the ICE", "la oficina de HSI en Lima, que forma parte del ICE", "la oficina de HSI de la
/// Embajada … en Bogotá"), or else of its agency ("HSI Bogota supported …": HSI Bogota part of HSI).
/// </summary>
public static class OfficeRules
{
    public static void Find(MentionMap map, RelationSink sink)
    {
        var doc = map.Document;
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var unstated = new List<(string Office, Mention Agency)>();
        foreach (var mention in map.Mentions.Where(m => MentionMap.IsOrganisation(m)))
        {
            if (Spelled(map, mention) is { } office)
            {
                var parent = StatedParent(map, PartOfRules.AfterBracket(doc, mention.End + (doc.IsAny(mention.End, ")") ? 1 : 0)));
                if (parent is not null && parent.Entity != mention.Entity)
                {
                    stated.Add(office);
                    sink.Add(office, "part_of", parent.Entity.Name, mention.First, parent.End);
                }
                else
                {
                    unstated.Add((office, mention));
                }
            }
            else if (Described(map, mention, out var city, out var agency) is var end && end > 0)
            {
                var name = Acronym(agency.Entity) + " " + city;
                var parent = StatedParent(map, end) ?? agency;
                stated.Add(name);
                sink.Add(name, "part_of", parent.Entity.Name, mention.First, parent.End);
            }
        }

        foreach (var (office, agency) in unstated.Where(u => !stated.Contains(u.Office)))
        {
            sink.Add(office, "part_of", agency.Entity.Name, agency.First, agency.End);
        }

        NamedOffices(map, sink);
    }

    // "HSI Lima", "HIS Lima": the agency's acronym (spelled right) and a city.
    private static string? Spelled(MentionMap map, Mention mention)
    {
        var doc = map.Document;
        if (mention.End - mention.First != 2 || !doc[mention.First].IsAllCapitals || !IsCity(doc, mention.First + 1))
        {
            return null;
        }

        var written = doc.TextOf(mention.First).ToString();
        var acronym = Acronyms(mention.Entity).FirstOrDefault(a => a.Length == written.Length && (a == written || Initials.IsTypoOf(written, a)));
        return acronym is null ? null : acronym + " " + doc.TextOf(mention.First + 1).ToString();
    }

    // "la oficina de HSI (…) en Lima", "the Lima office of … HSI", "the HSI office in Bogotá": returns where the phrase ends.
    private static int Described(MentionMap map, Mention mention, out string city, out Mention agency)
    {
        var doc = map.Document;
        city = "";
        agency = mention;
        if (doc.IsAny(mention.First - 1, "de", "of") && doc.IsAny(mention.First - 2, "oficina", "office") && !doc[mention.First - 2].IsCapitalised)
        {
            var k = PartOfRules.AfterBracket(doc, mention.End);

            // "the Lima office of ICE's (ICE) HSI (HSI)": the office is the possessed agency's.
            if (doc.IsAny(k, "'s") && map.StartingAt(PartOfRules.AfterBracket(doc, k + 1)) is { } possessed && MentionMap.IsOrganisation(possessed))
            {
                agency = possessed;
                k = PartOfRules.AfterBracket(doc, possessed.End);
            }

            if (doc.IsAny(k, "en", "in") && IsCity(doc, k + 1))
            {
                city = doc.TextOf(k + 1).ToString();
                return k + 2;
            }

            if (IsCity(doc, mention.First - 3))
            {
                city = doc.TextOf(mention.First - 3).ToString();
                return k;
            }

            if (PartOfRules.ParentAfter(map, k) is { } host && host.Entity.Name.LastIndexOf(' ') is var space and > 0)
            {
                city = host.Entity.Name[(space + 1)..];
                return k;
            }
        }

        if (doc.IsAny(mention.End, "office", "oficina") && doc.IsAny(mention.End + 1, "in", "en") && IsCity(doc, mention.End + 2))
        {
            city = doc.TextOf(mention.End + 2).ToString();
            return mention.End + 3;
        }

        return -1;
    }

    private static Mention? StatedParent(MentionMap map, int k)
    {
        var doc = map.Document;
        if (doc.IsAny(k, "office", "oficina") && doc[k].IsCapitalised)
        {
            k++;
        }

        return PartOfRules.ParentAfter(map, k);
    }

    private static string Acronym(EntityMention entity) => Acronyms(entity).OrderBy(a => a.Length).FirstOrDefault() ?? entity.Name;

    // The acronyms the document uses for the agency, and those the gazetteer knows for it.
    private static IEnumerable<string> Acronyms(EntityMention entity)
    {
        var known = Gazetteer.Instance.EntriesNamed(entity.Name).FirstOrDefault(e => e.IsOrganisation);
        return entity.Aliases.Concat(known?.Names ?? []).Where(a => a.Length >= 2 && a.All(char.IsUpper)).Distinct();
    }

    // "FBI Houston Field Office": a body named by an agency's acronym and a city is part of that agency.
    private static void NamedOffices(MentionMap map, RelationSink sink)
    {
        var doc = map.Document;
        List<(EntityMention Entity, string[] Acronyms)>? agencies = null;
        foreach (var mention in map.Mentions.Where(m => MentionMap.IsOrganisation(m) && m.End - m.First >= 3 && doc[m.First].IsAllCapitals && IsCity(doc, m.First + 1)))
        {
            agencies ??= [.. map.Mentions.Select(m => m.Entity).Where(e => e.Type == EntityTypes.Organization).Distinct().Select(e => (e, Acronyms(e).ToArray()))];
            var written = doc.TextOf(mention.First).ToString();
            var agency = agencies.FirstOrDefault(a => a.Entity != mention.Entity && a.Acronyms.Contains(written, StringComparer.Ordinal)).Entity;
            if (agency is not null && mention.Entity.Name.StartsWith(written + " ", StringComparison.Ordinal))
            {
                sink.Add(mention.Entity.Name, "part_of", agency.Name, mention.First, mention.End);
            }
        }
    }

    private static bool IsCity(EntityDocument doc, int i) =>
        i >= 0 && i < doc.Count && doc[i].IsCapitalised && doc.PhraseMatches(i)
            .Any(m => m.Length == 1 && m.Name.Entry.Type == EntityTypes.Location && m.Name.Entry.Kind is "city" or "district");
}
