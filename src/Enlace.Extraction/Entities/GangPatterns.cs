using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Criminal groups named by what the text calls them: after a group noun ("la banda Los Gallegos", "the Venezuelan
/// gang Tren de Aragua", "grupo de delincuencia organizada Los Lobos del Estero", "criminal group known as El Tren del
/// Norte") or before one in apposition ("El Tren del Llano, a criminal gang that …", "«El Tren del Norte», célula del …").
/// </summary>
public static class GangPatterns
{
    private static readonly WordList GroupNouns =
    [
        "banda", "gang", "faccion", "faction", "celula", "cell", "organizacion", "organization", "organisation",
        "estructura", "structure", "grupo", "group", "red", "network", "cartel", "pandilla", "mara", "clan", "offshoot", "escision",
        "bandas", "gangs", "facciones", "factions", "celulas", "cells", "grupos", "groups", "cartels", "carteles", "pandillas",
    ];

    // Words that may stand between the group noun and the name: "banda juvenil violenta", "organización criminal transnacional".
    private static readonly WordList Fillers =
    [
        "criminal", "criminales", "transnacional", "transnational", "juvenil", "violenta", "violento", "armado", "armada",
        "delictiva", "delincuencial", "local", "rival", "known", "as", "conocida", "conocido", "como", "denominada", "denominado",
        "llamada", "llamado", "called", "named", "de", "del", "of", "the", "la", "el", "los", "las", "delincuencia", "organizada",
        "organized", "organised", "such", "including", "incluida", "incluido",
    ];

    public static List<Candidate> Find(EntityDocument doc)
    {
        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (!IsGroupNoun(doc, i))
            {
                continue;
            }

            if (After(doc, i) is { } named)
            {
                found.Add(named);
            }

            if (Before(doc, i) is { } apposed)
            {
                found.Add(apposed);
            }
        }

        return found;
    }

    private static bool IsGroupNoun(EntityDocument doc, int i) => doc[i].IsWord && !doc[i].IsCapitalised && doc.IsAny(i, GroupNouns);

    private static Candidate? After(EntityDocument doc, int noun)
    {
        var k = noun + 1;
        while (k < doc.Count && k - noun <= 5 && doc.SameLine(noun, k)
               && (!doc[k].IsCapitalised && doc.IsAny(k, Fillers) || IsDemonymAdjective(doc, k) || doc.IsAny(k, ",") && doc.IsAny(k + 1, "such", "como", "including")))
        {
            k++;
        }

        return k < doc.Count && doc.SameLine(noun, k) ? Name(doc, k) : null;
    }

    // "El Tren del Llano, a criminal gang", "«El Tren del Norte», célula del Tren de Aragua", "Los Gallegos, facción del".
    private static Candidate? Before(EntityDocument doc, int noun)
    {
        // Articles, adjectives and even another group's name may stand between: "El Tren del Norte, the Tren de Aragua cell".
        var k = noun - 1;
        while (k > 0 && noun - k <= 7 && (doc.IsAny(k, Fillers) || doc.IsAny(k, "a", "an", "the", "una", "un", "la", "el", "another", "otra", "its", "su", "local")
                                          || IsDemonymAdjective(doc, k) || doc[k].IsCapitalised))
        {
            k--;
        }

        if (k < 1 || !doc.IsAny(k, ",") || !doc.SameLine(k, noun) || !ApposedNounGoesOn(doc, noun + 1))
        {
            return null;
        }

        var last = k - 1;
        if (doc.IsAny(last, "»", "\"", "”"))
        {
            var open = last - 1;
            while (open > 0 && last - open <= 8 && !doc.IsAny(open, "«", "\"", "“"))
            {
                open--;
            }

            return doc.IsAny(open, "«", "\"", "“") ? Name(doc, open) : null;
        }

        var first = last;
        while (first > 0 && (doc[first - 1].IsCapitalised || NameRun.ParticleLength(doc, first - 1) > 0 && doc[first].IsCapitalised) && doc.SameLine(first - 1, last))
        {
            first--;
        }

        while (first <= last && !doc[first].IsCapitalised)
        {
            first++;
        }

        return first <= last ? Name(doc, first, last + 1) : null;
    }

    // In "X, a gang that …" the group noun describes X; in "Según la Policía, la red mantendría …" a new clause begins.
    private static bool ApposedNounGoesOn(EntityDocument doc, int next)
    {
        if (next >= doc.Count || doc.IsAny(next, ",", ".", ";", ")") || doc.IsAny(next, "de", "del", "of", "that", "que", "which", "with", "con", "known", "based", "led", "in", "en"))
        {
            return true;
        }

        var word = doc.FoldedOf(next);
        return word.EndsWith("ed") || word.EndsWith("ada") || word.EndsWith("ado") || word.EndsWith("ida") || word.EndsWith("ido");
    }

    private static Candidate? Name(EntityDocument doc, int at, int? limit = null)
    {
        var quoted = doc.IsAny(at, "«", "\"", "“");
        var first = quoted ? at + 1 : at;
        if (first >= doc.Count || !doc[first].IsCapitalised || doc.InLexicon(first, Lexicon.Month) || IsDemonymAdjective(doc, first)
            || doc.InLexicon(first, Lexicon.EventHead))
        {
            return null;
        }

        var end = NameRun.End(doc, first, Joiners.Particles);
        if (limit is { } l)
        {
            end = Math.Min(end, l);
        }

        if (quoted && !doc.IsAny(end, "»", "\"", "”"))
        {
            return null;
        }

        if (!quoted && end - first == 1 && (doc.InLexicon(first, Lexicon.Common) || doc.InLexicon(first, Lexicon.OrganisationHeadFirst) || doc.InLexicon(first, Lexicon.OrganisationHeadLast)))
        {
            return null;
        }

        return new Candidate(EntityTypes.Organization, first, end, Priorities.Gang, "gang") { Name = TitleCase.FromCapitals(doc.Surface(first, end)) };
    }

    private static bool IsDemonymAdjective(EntityDocument doc, int i) =>
        doc.DemonymOf(i) is not null;
}
