using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// The entities of a document laid over its tokens, so that rules reading the text can ask "which entity is named
/// here?" and "which entity of this type comes next?".
/// </summary>
public sealed class MentionMap
{
    private readonly Mention?[] byToken;

    public MentionMap(EntityDocument doc, IReadOnlyList<EntityMention> entities)
    {
        Document = doc;
        byToken = new Mention?[doc.Count];
        var mentions = new List<Mention>();
        foreach (var entity in entities)
        {
            foreach (var span in entity.Spans)
            {
                var first = doc.TokenAtOrAfter(span.Start);
                var end = doc.TokenAtOrAfter(span.End);
                if (first >= end)
                {
                    continue;
                }

                var mention = new Mention(entity, first, end);
                mentions.Add(mention);
                for (var t = first; t < end; t++)
                {
                    byToken[t] ??= mention;
                }
            }
        }

        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        Mentions = mentions;
    }

    // The same mentions over the same tokens, read in the document's other language.
    private MentionMap(MentionMap other, EntityDocument document)
    {
        Document = document;
        byToken = other.byToken;
        Mentions = other.Mentions;
    }

    public EntityDocument Document { get; }

    /// <summary>This map over <see cref="EntityDocument.InLanguage"/>: the same mentions, the words read as <paramref name="language"/>.</summary>
    public MentionMap InLanguage(string language)
    {
        var document = Document.InLanguage(language);
        return ReferenceEquals(document, Document) ? this : new MentionMap(this, document);
    }

    public IReadOnlyList<Mention> Mentions { get; }

    public Mention? At(int token) => token >= 0 && token < byToken.Length ? byToken[token] : null;

    /// <summary>The mention that starts exactly at <paramref name="token"/>, skipping an article or opening quote.</summary>
    public Mention? StartingAt(int token)
    {
        var doc = Document;
        while (token < doc.Count && (doc.IsAny(token, "el", "la", "los", "las", "the", "«", "\"", "“") && !(At(token) is { } m && m.First == token)))
        {
            token++;
        }

        return At(token) is { } mention && mention.First == token ? mention : null;
    }

    /// <summary>The mention that ends exactly before <paramref name="token"/>, skipping a closing quote or bracketed acronym.</summary>
    public Mention? EndingBefore(int token)
    {
        var doc = Document;
        var last = token - 1;
        if (last >= 0 && doc.IsAny(last, "»", "\"", "”"))
        {
            last--;
        }

        if (last >= 2 && doc.IsAny(last, ")"))
        {
            var open = last;
            while (open > 0 && last - open < 6 && !doc.IsAny(open, "("))
            {
                open--;
            }

            if (doc.IsAny(open, "(") && At(open - 1) is { } beforeBracket)
            {
                return beforeBracket;
            }
        }

        return At(last) is { } mention && mention.End == last + 1 ? mention : null;
    }

    /// <summary>How many mentions start before token <paramref name="token"/>: the index to scan back from.</summary>
    public int CountBefore(int token)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].First < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The mentions of that type wholly inside tokens [first, end), in order.</summary>
    public IEnumerable<Mention> Between(int first, int end, string? type = null)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].First < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < Mentions.Count && Mentions[i].First < end; i++)
        {
            if (Mentions[i].End <= end && (type is null || Mentions[i].Entity.Type == type))
            {
                yield return Mentions[i];
            }
        }
    }

    public static bool IsOrganisation(Mention? mention) => mention?.Entity.Type == EntityTypes.Organization;

    public static bool IsLocation(Mention? mention) => mention?.Entity.Type == EntityTypes.Location;

    public static bool IsPerson(Mention? mention) => mention?.Entity.Type == EntityTypes.Person;
}
