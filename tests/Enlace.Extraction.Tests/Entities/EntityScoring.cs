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
        foreach (var entity in entities)
        {
            var ours = (IReadOnlyList<string>)[entity.Name, .. entity.Aliases];
            var match = gold.FindIndex(g => g.Type == entity.Type && NameMatch.AnySame(g.Names, ours));
            if (match >= 0 && claimed.Add(match))
            {
                score.TruePositives++;
            }
            else
            {
                score.FalsePositives++;
                notes.Add($"  extra {entity.Type[..3]} {entity.Name}{(match >= 0 ? " (duplicate)" : "")}");
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
