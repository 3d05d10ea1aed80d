using Enlace.Core.Statements;
using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Relations;

/// <summary>Collects relations once each (subject, predicate, object), with the span of text that states them.</summary>
public sealed class RelationSink(EntityDocument doc)
{
    private readonly List<RelationMention> relations = [];
    private readonly HashSet<(string, string, string)> seen = [];

    public IReadOnlyList<RelationMention> Relations => relations;

    public Dictionary<EntityMention, EntityMention> FactionOf { get; } = new(ReferenceEqualityComparer.Instance);

    public bool Has(string subject, string predicate) => relations.Any(r => r.Subject == subject && r.Predicate == predicate);

    public void Add(string subject, string predicate, string obj, int first, int end)
    {
        if (subject.Length == 0 || obj.Length == 0 || subject == obj || !seen.Add((subject, predicate, obj)))
        {
            return;
        }

        first = Math.Clamp(first, 0, doc.Count - 1);
        end = Math.Clamp(end, first + 1, doc.Count);
        relations.Add(new RelationMention(subject, predicate, obj, new TextSpan(doc[first].Start, doc[end - 1].End)));
    }

    public void Add(Mention subject, string predicate, Mention obj) =>
        Add(subject.Entity.Name, predicate, obj.Entity.Name, Math.Min(subject.First, obj.First), Math.Max(subject.End, obj.End));
}
