using Enlace.Core.Statements;
using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// Finds the relations a document states between the entities it names: faction_of, member_of, part_of, operates_in,
/// originated_in, and role (a person's role as the text gives it). Subjects and objects are canonical entity names,
/// except an agency's office, which is named as the text names it ("HSI Lima").
/// </summary>
public static class RelationFinder
{
    public static IReadOnlyList<RelationMention> Find(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<EntityMention> entities) =>
        string.IsNullOrEmpty(text) || entities.Count == 0 ? [] : Find(new EntityDocument(text, "en", sentences), entities);

    /// <summary>The relations of a document already tokenised; its rules read the words of both languages alike.</summary>
    public static IReadOnlyList<RelationMention> Find(EntityDocument document, IReadOnlyList<EntityMention> entities) =>
        document.Text.Length == 0 || entities.Count == 0 ? [] : Find(new MentionMap(document, entities), entities);

    /// <summary>The relations between <paramref name="entities"/>, laid over their document by <paramref name="mentions"/>.</summary>
    public static IReadOnlyList<RelationMention> Find(MentionMap mentions, IReadOnlyList<EntityMention> entities)
    {
        if (mentions.Document.Text.Length == 0 || entities.Count == 0)
        {
            return [];
        }

        var map = mentions.InLanguage("en");
        var doc = map.Document;
        var gangs = new GangSet(map);
        var sink = new RelationSink(doc);
        FactionRules.Find(map, gangs, sink);
        PartOfRules.Find(map, sink);
        OfficeRules.Find(map, sink);
        PlaceRules.Find(map, gangs, sink, Capital(entities));
        ActivityRules.Find(map, gangs, sink);
        MembershipRules.Find(map, gangs, sink);
        Roles(map, sink);
        return sink.Relations;
    }

    private static void Roles(MentionMap map, RelationSink sink)
    {
        foreach (var person in map.Mentions.Where(m => MentionMap.IsPerson(m) && m.Entity.Role is not null).DistinctBy(m => m.Entity, ReferenceEqualityComparer.Instance))
        {
            sink.Add(person.Entity.Name, "role", person.Entity.Role ?? "", person.First, person.End);
        }
    }

    // "la capital", "the capital": the capital city the document names most.
    private static string? Capital(IReadOnlyList<EntityMention> entities)
    {
        var capitals = Gazetteer.Instance.Capitals;
        return entities.Where(e => e.Type == EntityTypes.Location && capitals.Contains(e.Name)).MaxBy(e => e.Spans.Count)?.Name;
    }
}
