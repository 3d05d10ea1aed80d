using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// The group a statement is about: the first gang its sentence names before the statement ("Los Hijos de Dios, a faction
/// of … that has operated in"), or else, when a pronoun or "la banda" stands for one, the group the text was about. The
/// gangs and pronouns of the document are indexed once, so each statement costs a binary search however long its
/// sentence is.
/// </summary>
public sealed class SentenceSubjects
{
    private readonly MentionMap map;
    private readonly GangSet gangs;

    // For each mention, the index of the first gang organisation at or after it (or Count when none).
    private readonly int[] nextGang;

    // The tokens where a pronoun or "la banda" begins, in order.
    private readonly List<int> pronouns = [];

    public SentenceSubjects(MentionMap map, GangSet gangs, PhraseList pronounPhrases)
    {
        this.map = map;
        this.gangs = gangs;
        var mentions = map.Mentions;
        nextGang = new int[mentions.Count + 1];
        nextGang[mentions.Count] = mentions.Count;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            nextGang[i] = mentions[i].Entity.Type == EntityTypes.Organization && gangs.IsGang(mentions[i].Entity) ? i : nextGang[i + 1];
        }

        var doc = map.Document;
        for (var k = 0; k < doc.Count; k++)
        {
            if (pronounPhrases.MatchAt(doc, k) > 0)
            {
                pronouns.Add(k);
            }
        }
    }

    /// <summary>The group the sentence holding <paramref name="trigger"/> is about, as far as the words before it say.</summary>
    public EntityMention? Before(int trigger)
    {
        var (first, _) = map.Document.SentenceTokens(trigger);
        var mentions = map.Mentions;

        // The first gang named wholly between the sentence's start and the trigger.
        for (var i = nextGang[map.CountBefore(first)]; i < mentions.Count && mentions[i].First < trigger; i = nextGang[i + 1])
        {
            if (mentions[i].End <= trigger)
            {
                return mentions[i].Entity;
            }
        }

        var pronoun = pronouns.BinarySearch(first);
        var at = pronoun >= 0 ? pronoun : ~pronoun;
        return at < pronouns.Count && pronouns[at] < trigger ? gangs.TopicBefore(first) : null;
    }
}
