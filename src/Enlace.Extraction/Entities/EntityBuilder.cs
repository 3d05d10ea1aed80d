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

    public int FirstToken
    {
        get
        {
            var first = int.MaxValue;
            foreach (var mention in Mentions)
            {
                first = Math.Min(first, mention.First);
            }

            return first;
        }
    }

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
        foreach (var mention in InOrder(Mentions))
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

        var spans = Spans(doc);
        var role = Type == EntityTypes.Person ? Role ?? BestRole() : null;
        return new EntityMention(Type, name, aliases, spans, role);
    }

    /// <summary>The longest role a mention gives, the first of the longest.</summary>
    public string? BestRole()
    {
        string? best = null;
        foreach (var mention in Mentions)
        {
            if (mention.Role is { } role && (best is null || role.Length > best.Length))
            {
                best = role;
            }
        }

        return best;
    }

    // The mentions by where they start, ties in the order they were added (a stable sort); most lists already are in order.
    private static List<Candidate> InOrder(List<Candidate> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].First < mentions[i - 1].First)
            {
                return [.. mentions.OrderBy(m => m.First)];
            }
        }

        return mentions;
    }

    // Every span the entity is named at, each once (the first time it comes), by where it starts (a stable sort).
    private List<TextSpan> Spans(EntityDocument doc)
    {
        var spans = new List<TextSpan>(Mentions.Count + Extra.Count);
        var seen = Mentions.Count + Extra.Count > 16 ? new HashSet<TextSpan>() : null;
        foreach (var mention in Mentions)
        {
            AddOnce(spans, seen, doc.SpanOf(mention.First, mention.End));
        }

        foreach (var (span, _) in Extra)
        {
            AddOnce(spans, seen, span);
        }

        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].Start)
            {
                return [.. spans.OrderBy(s => s.Start)];
            }
        }

        return spans;
    }

    private static void AddOnce(List<TextSpan> spans, HashSet<TextSpan>? seen, TextSpan span)
    {
        if (seen is null ? !spans.Contains(span) : seen.Add(span))
        {
            spans.Add(span);
        }
    }

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
