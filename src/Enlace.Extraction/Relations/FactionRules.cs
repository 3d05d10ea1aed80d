using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Relations;

/// <summary>
/// faction_of: "Los Gallegos, a faction of the Venezuelan gang Tren de Aragua", "«El Tren del Norte», célula del Tren de
/// Aragua", "Los Hijos de Dios, another Tren de Aragua faction", "Tren de Aragua faction LOS GALLEGOS", "Its cells, such
/// as El Tren del Norte".
/// </summary>
public static class FactionRules
{
    private static readonly WordList FactionNouns =
        ["faccion", "facciones", "faction", "factions", "celula", "celulas", "cell", "cells", "offshoot", "escision", "rama", "branch", "splinter"];

    private static readonly WordList Skippable =
    [
        "a", "an", "the", "una", "un", "la", "el", "los", "las", "another", "otra", "otro", "its", "su", "local", "criminal", "transnacional",
        "transnational", "violenta", "violent", "armed", "armada", "of", "de", "del", "gang", "banda", "organization", "organisation",
        "organizacion", "network", "red", "group", "grupo", "structure", "estructura", "criminal", "delictiva",
    ];

    public static void Find(MentionMap map, GangSet gangs, RelationSink sink)
    {
        var doc = map.Document;
        foreach (var x in map.Mentions.Where(m => MentionMap.IsOrganisation(m)))
        {
            var k = x.End;
            if (doc.IsAny(k, "»", "\"", "”"))
            {
                k++;
            }

            if (doc.IsAny(k, ",") && Apposed(map, k + 1) is { } parent && parent.Entity != x.Entity)
            {
                Record(x, parent, gangs, sink);
            }

            // "Tren de Aragua faction LOS GALLEGOS", "a Tren de Aragua faction "Los Gallegos""
            if (doc.IsAny(k, FactionNouns) && !doc.IsAny(k - 1, ",") && map.StartingAt(k + 1) is { } faction && MentionMap.IsOrganisation(faction) && faction.Entity != x.Entity)
            {
                Record(faction, x, gangs, sink);
            }
        }

        SuchAs(map, gangs, sink);
    }

    // After "X, ": "a faction of (the Venezuelan gang) Y" or "another Y faction".
    private static Mention? Apposed(MentionMap map, int start)
    {
        var doc = map.Document;
        var k = start;
        var sawFaction = false;
        while (k < doc.Count && k - start < 10)
        {
            if (map.At(k) is { } y && y.First == k && MentionMap.IsOrganisation(y))
            {
                if (sawFaction)
                {
                    return y;
                }

                return doc.IsAny(y.End, FactionNouns) ? y : null;
            }

            if (doc.IsAny(k, FactionNouns))
            {
                sawFaction = true;
            }
            else if (!doc.IsAny(k, Skippable) && doc.DemonymOf(k) is null && !doc.IsAny(k, "«", "\"", "“"))
            {
                return null;
            }

            k++;
        }

        return null;
    }

    // "Its cells, such as El Tren del Norte": the group named before.
    private static void SuchAs(MentionMap map, GangSet gangs, RelationSink sink)
    {
        var doc = map.Document;
        for (var i = 1; i + 3 < doc.Count; i++)
        {
            if (!doc.IsAny(i, FactionNouns) || !doc.IsAny(i - 1, "its", "sus", "their") || !doc.IsAny(i + 1, ","))
            {
                continue;
            }

            var at = doc.IsAny(i + 2, "such") && doc.IsAny(i + 3, "as") ? i + 4 : doc.IsAny(i + 2, "como") ? i + 3 : -1;
            if (at > 0 && map.StartingAt(at) is { } faction && MentionMap.IsOrganisation(faction)
                && gangs.SalientBefore(i, sink.FactionOf) is { } parent && parent != faction.Entity)
            {
                sink.FactionOf[faction.Entity] = parent;
                gangs.Add(faction.Entity);
                sink.Add(faction.Entity.Name, "faction_of", parent.Name, i - 1, faction.End);
            }
        }
    }

    private static void Record(Mention faction, Mention parent, GangSet gangs, RelationSink sink)
    {
        gangs.Add(faction.Entity);
        gangs.Add(parent.Entity);
        sink.FactionOf.TryAdd(faction.Entity, parent.Entity);
        sink.Add(faction, "faction_of", parent);
    }
}
