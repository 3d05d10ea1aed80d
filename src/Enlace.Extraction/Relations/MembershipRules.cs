using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// member_of: "José Rivas– a suspected Tren de Aragua member", "integrante de Los Gallegos", and a person whose role is
/// a place in a criminal group ("cabecilla de la organización", "the faction's leader", "head of Los Gallegos"): the group
/// the role names, or else the one the text was talking about.
/// </summary>
public static class MembershipRules
{
    private static readonly WordList MemberNouns = ["member", "members", "miembro", "miembros", "integrante", "integrantes"];

    // Roles that only a member holds, even when the group goes unnamed ("su presunta lugarteniente").
    private static readonly WordList SureRoles =
        ["cabecilla", "lugarteniente", "ringleader", "bookkeeper", "second-in-command", "integrante", "miembro", "member", "sicario"];

    public static void Find(MentionMap map, GangSet gangs, RelationSink sink)
    {
        var doc = map.Document;
        foreach (var person in map.Mentions.Where(m => MentionMap.IsPerson(m)))
        {
            var k = person.End;
            if (!doc.IsAny(k, ",", "–", "-", "—"))
            {
                continue;
            }

            k++;
            while (k < doc.Count && k - person.End < 4 && doc.IsAny(k, "a", "an", "the", "un", "una", "el", "la", "suspected", "alleged", "presumed", "presunto", "presunta", "supuesto", "supuesta"))
            {
                k++;
            }

            if (map.StartingAt(k) is { } group && gangs.IsGang(group.Entity) && doc.IsAny(group.End, MemberNouns))
            {
                sink.Add(person, "member_of", group);
            }
            else if (doc.IsAny(k, MemberNouns) && doc.IsAny(k + 1, "of", "de", "del") && map.StartingAt(k + 2) is { } named && gangs.IsGang(named.Entity))
            {
                sink.Add(person, "member_of", named);
            }
        }

        // "la banda quedó bajo el mando de Yender …", "the cell, led by …": the person leads the group the text is about.
        foreach (var person in map.Mentions.Where(m => MentionMap.IsPerson(m)))
        {
            if (LedBy(doc, person.First) && gangs.SalientBefore(person.First) is { } led)
            {
                sink.Add(person.Entity.Name, "member_of", led.Name, person.First, person.End);
            }
        }

        var organisations = new Lazy<List<(EntityMention Entity, string[] Names)>>(() => Organisations(map), LazyThreadSafetyMode.None);
        foreach (var entity in map.Mentions.Where(m => MentionMap.IsPerson(m)).GroupBy(m => m.Entity, ReferenceEqualityComparer.Instance))
        {
            var first = entity.First();
            if (first.Entity.Role is { } role && GroupOfRole(organisations, gangs, sink, role, first.First) is { } group)
            {
                sink.Add(first.Entity.Name, "member_of", group.Name, first.First, first.End);
            }
        }
    }

    private static bool LedBy(EntityDocument doc, int first) =>
        doc.IsAny(first - 1, "de") && doc.IsAny(first - 2, "mando") && doc.IsAny(first - 3, "el") && doc.IsAny(first - 4, "bajo")
        || doc.IsAny(first - 1, "by", "por") && doc.IsAny(first - 2, "led", "headed", "run", "liderada", "liderado", "dirigida", "dirigido", "encabezada", "encabezado");

    // The document's organisations, each once, with their names and aliases folded (those of more than two letters).
    private static List<(EntityMention Entity, string[] Names)> Organisations(MentionMap map) =>
        [.. map.Mentions.Select(m => m.Entity).Where(e => e.Type == EntityTypes.Organization).Distinct(ReferenceEqualityComparer.Instance).Cast<EntityMention>()
            .Select(e => (e, ((IEnumerable<string>)[e.Name, .. e.Aliases]).Where(n => n.Length > 2).Select(TextFold.Fold).ToArray()))];

    private static EntityMention? GroupOfRole(Lazy<List<(EntityMention Entity, string[] Names)>> organisations, GangSet gangs, RelationSink sink, string role, int at)
    {
        var words = TextFold.Fold(role).Split([' ', ',', ';', '\''], StringSplitOptions.RemoveEmptyEntries);
        var lexicon = Gazetteer.Instance.Lexicon;
        if (!words.Any(w => lexicon.Contains("gang-role", w)))
        {
            return null;
        }

        var folded = TextFold.Fold(role);
        var named = organisations.Value.Where(o => o.Names.Any(n => ContainsWord(folded, n))).Select(o => o.Entity).ToList();
        if (named.Count > 0)
        {
            return named.FirstOrDefault(gangs.IsGang);
        }

        var generic = words.Any(w => GangSet.GroupNouns.Contains(w)) || words.Any(w => SureRoles.Contains(w));
        return generic ? gangs.SalientBefore(at, sink.FactionOf) : null;
    }

    private static bool ContainsWord(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]);
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
