using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Entities;

/// <summary>
/// Scores the entity finder against a gold document: a gold entity is found when one of ours of the same type shares a
/// name or alias with it (accents and case ignored). A second entity of ours matching the same gold one is a false positive.
/// </summary>
public static class EntityScoring
{
    public static (Score Score, List<string> Notes) Run(GoldDocument document)
    {
        var entities = EntityFinder.Find(document.Text, document.Language, SentenceSplitter.Split(document.Text));
        var gold = document.Organisations.Select(n => (Type: EntityTypes.Organization, Name: n))
            .Concat(document.People.Select(n => (Type: EntityTypes.Person, Name: n)))
            .Concat(document.Places.Select(n => (Type: EntityTypes.Location, Name: n)))
            .Select(g => (g.Type, g.Name, Names: document.NamesOf(g.Name)))
            .ToList();
        var score = new Score();
        var notes = new List<string>();
        var claimed = new HashSet<int>();
        var matched = new HashSet<EntityMention>(ReferenceEqualityComparer.Instance);

        // Canonical names agreeing first, so that an alias shared by two bodies ("la Fiscalía") does not steal a match.
        foreach (var entity in entities)
        {
            var match = gold.FindIndex(g => g.Type == entity.Type && !claimed.Contains(gold.IndexOf(g)) && NameMatch.Same(g.Name, entity.Name));
            if (match >= 0 && claimed.Add(match))
            {
                matched.Add(entity);
                score.TruePositives++;
            }
        }

        foreach (var entity in entities.Where(e => !matched.Contains(e)))
        {
            var ours = (IReadOnlyList<string>)[entity.Name, .. entity.Aliases];
            var candidates = Enumerable.Range(0, gold.Count).Where(i => gold[i].Type == entity.Type && NameMatch.AnySame(gold[i].Names, ours)).ToList();
            var match = candidates.FirstOrDefault(i => !claimed.Contains(i), -1);
            if (match >= 0 && claimed.Add(match))
            {
                score.TruePositives++;
            }
            else
            {
                score.FalsePositives++;
                notes.Add($"  extra {entity.Type[..3]} {entity.Name}{(candidates.Count > 0 ? " (duplicate)" : "")}");
            }
        }

        for (var i = 0; i < gold.Count; i++)
        {
            if (!claimed.Contains(i))
            {
                score.Misses++;
                notes.Add($"  miss  {gold[i].Type[..3]} {gold[i].Name}");
            }
        }

        return (score, notes);
    }
}
