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
        var known = new HashSet<string>(StringComparer.Ordinal) { name };
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        void Add(ReadOnlySpan<char> alias, string? written)
        {
            if (!lookup.Contains(alias))
            {
                var text = written ?? alias.ToString();
                known.Add(text);
                aliases.Add(text);
            }
        }

        // The words as written are compared before they are copied: most repeat a name already listed.
        foreach (var mention in Mentions.OrderBy(m => m.First))
        {
            Add(doc.Text.AsSpan(doc[mention.First].Start, doc[mention.End - 1].End - doc[mention.First].Start), null);
            if (mention.Name is { } proposed)
            {
                Add(proposed, proposed);
            }

            foreach (var alias in mention.Aliases)
            {
                Add(alias, alias);
            }
        }

        foreach (var (_, text) in Extra)
        {
            Add(text, text);
        }

        var spans = Mentions.Select(m => doc.SpanOf(m.First, m.End)).Concat(Extra.Select(e => e.Span)).Distinct().OrderBy(s => s.Start).ToList();
        var role = Type == EntityTypes.Person ? Role ?? BestRole() : null;
        return new EntityMention(Type, name, aliases, spans, role);
    }

    public string? BestRole() =>
        Mentions.Select(m => m.Role).Where(r => r is not null).OrderByDescending(r => r?.Length ?? 0).FirstOrDefault();

    public string Canonical(EntityDocument doc) =>
        Entry is { } entry ? entry.NameIn(doc.Language) : TitleCase.FromCapitals(BestName(doc) ?? Key);

    // The first of Names(doc), found in one pass without writing out every name.
    private string? BestName(EntityDocument doc)
    {
        var onlyAliases = Mentions.TrueForAll(o => o.AliasOf is not null);
        Candidate? best = null;
        var bestWords = 0;
        var bestLower = false;
        foreach (var mention in Mentions)
        {
            if (mention.AliasOf is not null && !onlyAliases)
            {
                continue;
            }

            var name = mention.Name is { } proposed ? proposed.AsSpan() : doc.Text.AsSpan(doc[mention.First].Start, doc[mention.End - 1].End - doc[mention.First].Start);
            var words = name.Count(' ') + 1;
            var lower = HasLower(name);
            if (best is null || words > bestWords || words == bestWords && lower && !bestLower)
            {
                (best, bestWords, bestLower) = (mention, words, lower);
            }
        }

        return best is null ? null : best.Name ?? doc.Surface(best.First, best.End);
    }

    private static bool HasLower(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string name) => name.Count(c => c == ' ') + 1;
}
