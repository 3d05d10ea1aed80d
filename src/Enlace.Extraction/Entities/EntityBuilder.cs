using Enlace.Core.Statements;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>One entity being gathered from its mentions: its key, gazetteer entry if known, and every candidate naming it.</summary>
public sealed class EntityBuilder(string type, string key, GazetteerEntry? entry)
{
    public string Type { get; } = type;

    public string Key { get; set; } = key;

    public GazetteerEntry? Entry { get; set; } = entry;

    public List<Candidate> Mentions { get; } = [];

    public List<(TextSpan Span, string Text)> Extra { get; } = [];

    public string? Role { get; set; }

    public int FirstToken => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.First);

    public void Absorb(EntityBuilder other)
    {
        Mentions.AddRange(other.Mentions);
        Extra.AddRange(other.Extra);
        Entry ??= other.Entry;
    }

    /// <summary>The names the mentions propose, as written, longest first.</summary>
    public IEnumerable<string> Names(EntityDocument doc) =>
        Mentions.Where(m => m.AliasOf is null || Mentions.All(o => o.AliasOf is not null))
            .Select(m => m.Name ?? doc.Surface(m.First, m.End))
            .OrderByDescending(WordCount)
            .ThenByDescending(n => n.Any(char.IsLower));

    public EntityMention ToMention(EntityDocument doc)
    {
        var name = Canonical(doc);
        var aliases = new List<string>();
        foreach (var mention in Mentions.OrderBy(m => m.First))
        {
            foreach (var alias in (IEnumerable<string?>)[doc.Surface(mention.First, mention.End), mention.Name, .. mention.Aliases])
            {
                if (alias is not null && alias != name && !aliases.Contains(alias, StringComparer.Ordinal))
                {
                    aliases.Add(alias);
                }
            }
        }

        foreach (var (_, text) in Extra)
        {
            if (text != name && !aliases.Contains(text, StringComparer.Ordinal))
            {
                aliases.Add(text);
            }
        }

        var spans = Mentions.Select(m => doc.SpanOf(m.First, m.End)).Concat(Extra.Select(e => e.Span)).Distinct().OrderBy(s => s.Start).ToList();
        var role = Type == EntityTypes.Person ? Role ?? BestRole() : null;
        return new EntityMention(Type, name, aliases, spans, role);
    }

    public string? BestRole() =>
        Mentions.Select(m => m.Role).Where(r => r is not null).OrderByDescending(r => r?.Length ?? 0).FirstOrDefault();

    public string Canonical(EntityDocument doc) =>
        Entry is { } entry ? entry.NameIn(doc.Language) : TitleCase.FromCapitals(Names(doc).FirstOrDefault() ?? Key);

    private static int WordCount(string name) => name.Count(c => c == ' ') + 1;
}
