using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Relations;

/// <summary>
/// Which organisations of a document are criminal groups: the gazetteer's gangs and any organisation the text calls a
/// gang, faction, cell, band or network ("la banda Los Gallegos", "El Tren del Llano, a criminal gang").
/// </summary>
public sealed class GangSet
{
    public static readonly WordList GroupNouns =
    [
        "banda", "bandas", "gang", "gangs", "faccion", "facciones", "faction", "factions", "celula", "celulas", "cell", "cells", "organizacion",
        "organization", "organisation", "estructura", "structure", "grupo", "group", "red", "network", "cartel", "pandilla", "clan",
        "offshoot", "escision", "mara",
    ];

    private static readonly WordList Apposition =
        ["a", "an", "the", "una", "un", "la", "el", "another", "otra", "criminal", "transnacional", "transnational", "local", "violenta", "violent", "juvenil", "armed", "armada", "venezuelan", "venezolana"];

    private readonly HashSet<EntityMention> gangs = new(ReferenceEqualityComparer.Instance);
    private readonly MentionMap map;

    // For each mention (in the map's order), the last gang mention up to it and the group the text was then about, so
    // that asking "before this token" costs a binary search; rebuilt when a rule adds a gang.
    private Mention?[]? lastGang;
    private Mention?[]? topic;

    public GangSet(MentionMap map)
    {
        this.map = map;
        var doc = map.Document;
        foreach (var mention in map.Mentions.Where(m => MentionMap.IsOrganisation(m)))
        {
            if (IsKnownGang(mention.Entity) || GroupNounBefore(doc, mention) || GroupNounAfter(doc, mention))
            {
                gangs.Add(mention.Entity);
            }
        }
    }

    public bool IsGang(EntityMention entity) => gangs.Contains(entity);

    public void Add(EntityMention entity)
    {
        if (gangs.Add(entity))
        {
            (lastGang, topic) = (null, null);
        }
    }

    /// <summary>
    /// The criminal group the text last named before <paramref name="token"/>; for a member's role, the faction rather than
    /// the group it belongs to ("Los Gallegos, facción del Tren de Aragua …; … cabecilla de la organización").
    /// </summary>
    public EntityMention? SalientBefore(int token, IReadOnlyDictionary<EntityMention, EntityMention>? factionOf = null)
    {
        var count = map.CountBefore(token);
        var last = count == 0 ? null : Scan().LastGang[count - 1];
        if (last is null)
        {
            return null;
        }

        var faction = factionOf?.Where(f => f.Value == last.Entity).Select(f => f.Key).FirstOrDefault();
        return faction ?? last.Entity;
    }

    /// <summary>The group the last sentence that names one is about: the first group it names ("It now has a foothold …").</summary>
    public EntityMention? TopicBefore(int token)
    {
        var count = map.CountBefore(token);
        return count == 0 ? null : Scan().Topic[count - 1]?.Entity;
    }

    private (Mention?[] LastGang, Mention?[] Topic) Scan()
    {
        if (lastGang is null || topic is null)
        {
            var doc = map.Document;
            var mentions = map.Mentions;
            lastGang = new Mention?[mentions.Count];
            topic = new Mention?[mentions.Count];
            Mention? last = null;
            Mention? about = null;
            var aboutSentence = -1;
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (gangs.Contains(mention.Entity))
                {
                    last = mention;
                    var sentence = doc.SentenceTokens(mention.First).First;
                    if (sentence != aboutSentence)
                    {
                        (about, aboutSentence) = (mention, sentence);
                    }
                }

                lastGang[i] = last;
                topic[i] = about;
            }
        }

        return (lastGang, topic);
    }

    private static bool IsKnownGang(EntityMention entity) =>
        Gazetteer.Instance.EntriesNamed(entity.Name).Any(e => e.Kind == "gang");

    private static bool GroupNounBefore(EntityDocument doc, Mention mention)
    {
        for (var k = mention.First - 1; k >= 0 && mention.First - k <= 4 && doc.SameLine(k, mention.First); k--)
        {
            if (doc.IsAny(k, GroupNouns) && !doc[k].IsCapitalised)
            {
                return true;
            }

            if (doc[k].IsCapitalised || doc.IsAny(k, ",", ".", ";", "y", "and"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool GroupNounAfter(EntityDocument doc, Mention mention)
    {
        var k = mention.End;
        if (doc.IsAny(k, "»", "\"", "”"))
        {
            k++;
        }

        if (!doc.IsAny(k, ","))
        {
            return false;
        }

        // "El Tren del Llano, a criminal gang that …"; not "la DIJIN, la estructura operaba …".
        var j = k + 1;
        while (j < doc.Count && j <= k + 5 && doc.IsAny(j, Apposition))
        {
            j++;
        }

        if (!doc.IsAny(j, GroupNouns) || doc[j].IsCapitalised)
        {
            return false;
        }

        var next = j + 1;
        if (next >= doc.Count || doc.IsAny(next, ",", ".", ";", "de", "del", "of", "that", "que", "which", "with", "con", "known", "based", "led", "accused", "acusada"))
        {
            return true;
        }

        return doc.IsAny(j - 1, "a", "an", "una", "un", "another", "otra") || !doc.IsAny(j - 1, "la", "el", "the");
    }
}
