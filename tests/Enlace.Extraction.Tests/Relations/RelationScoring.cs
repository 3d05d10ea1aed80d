using Enlace.Extraction.Entities;
using Enlace.Extraction.Relations;
using Enlace.Extraction.Tests.Entities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Relations;

/// <summary>
/// Scores the relation finder against a gold document. Subjects and objects match by name or alias (ours or the gold's);
/// an object the gold writes as several places ("Tocorón, Aragua (Venezuela)") matches any of them; a role matches when it
/// shares a word of four letters or more with the gold's free-text role.
/// </summary>
public static class RelationScoring
{
    public static (Score Score, List<string> Notes) Run(GoldDocument document)
    {
        var sentences = SentenceSplitter.Split(document.Text);
        var entities = EntityFinder.Find(document.Text, document.Language, sentences);
        var relations = RelationFinder.Find(document.Text, sentences, entities);
        var score = new Score();
        var notes = new List<string>();
        var claimed = new HashSet<int>();
        foreach (var relation in relations)
        {
            var match = Enumerable.Range(0, document.Relations.Count)
                .FirstOrDefault(i => !claimed.Contains(i) && Matches(document, entities, relation, document.Relations[i]), -1);
            if (match >= 0)
            {
                claimed.Add(match);
                score.TruePositives++;
            }
            else
            {
                score.FalsePositives++;
                notes.Add($"  extra {relation.Subject} {relation.Predicate} {relation.Object}   «{Clip(relation.Span.Of(document.Text))}»");
            }
        }

        for (var i = 0; i < document.Relations.Count; i++)
        {
            if (!claimed.Contains(i))
            {
                score.Misses++;
                var gold = document.Relations[i];
                notes.Add($"  miss  {gold.Subject} {gold.Predicate} {gold.Object}");
            }
        }

        return (score, notes);
    }

    private static bool Matches(GoldDocument document, IReadOnlyList<EntityMention> entities, RelationMention ours, GoldRelation gold)
    {
        if (ours.Predicate != gold.Predicate || !SameThing(document, entities, ours.Subject, [gold.Subject]))
        {
            return false;
        }

        if (gold.Predicate == "role")
        {
            var words = Words(gold.Object);
            return Words(ours.Object).Any(words.Contains);
        }

        var parts = gold.Object.Split([',', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(gold.Object);
        if (gold.Detail is { } detail)
        {
            parts = parts.Concat(detail.Split([',', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Concat(detail.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return SameThing(document, entities, ours.Object, [.. parts]);
    }

    private static bool SameThing(GoldDocument document, IReadOnlyList<EntityMention> entities, string ours, IReadOnlyList<string> gold)
    {
        var ourNames = entities.FirstOrDefault(e => e.Name == ours) is { } entity ? [entity.Name, .. entity.Aliases] : (IReadOnlyList<string>)[ours];
        var goldNames = gold.SelectMany(document.NamesOf).ToList();
        return NameMatch.AnySame(ourNames, goldNames);
    }

    private static string Clip(string text) => (text.Length > 140 ? text[..140] + "…" : text).ReplaceLineEndings(" ");

    private static HashSet<string> Words(string text) =>
        NameMatch.Normalise(text).Split(' ').Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
}
