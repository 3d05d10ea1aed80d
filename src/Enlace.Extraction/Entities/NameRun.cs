using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Runs of capitalised words that may form a name: "Dirección contra la Trata de Personas", "U.S. Attorney's Office",
/// "Cuerpo de Investigaciones Científicas, Penales y Criminalísticas". Connectors count only between capitalised words.
/// </summary>
public static class NameRun
{
    public const int MaxTokens = 24;

    /// <summary>The end (exclusive) of the run that starts at <paramref name="first"/>, which must be capitalised.</summary>
    public static int End(EntityDocument doc, int first, Joiners joiners = Joiners.Organisation, bool enumerations = false)
    {
        var end = first;
        var i = first;
        while (i < doc.Count && i - first < MaxTokens)
        {
            var token = doc[i];
            if (i > first && token.Is(TokenShape.LineStart))
            {
                break;
            }

            if (token.IsCapitalised || (token.Is(TokenShape.Number) && i > first && doc[i - 1].IsCapitalised && doc.SameLine(i - 1, i)))
            {
                i++;
                end = i;
                continue;
            }

            if (IsInitialStop(doc, i) || IsInnerPossessive(doc, i))
            {
                i++;
                end = i;
                continue;
            }

            var skip = joiners switch
            {
                Joiners.Organisation => ConnectorLength(doc, i),
                Joiners.Particles => ParticleLength(doc, i),
                _ => 0,
            };
            if (skip == 0 && enumerations && doc.IsAny(i, ",") && IsEnumeration(doc, i))
            {
                skip = 1;
            }

            if (skip > 0 && i + skip < doc.Count && doc[i + skip].IsCapitalised && doc.SameLine(i, i + skip) && !EndsAt(doc, i, skip))
            {
                i += skip;
                continue;
            }

            break;
        }

        return Math.Max(end, first + 1);
    }

    // A date after "on"/"de" ("Audiencia Nacional on Wednesday"), or a second body after "and" once the first is complete
    // ("… Prosecutor's Office and Mejor Niñez", "Federal Bureau of Investigation and Homeland Security Investigations").
    private static bool EndsAt(EntityDocument doc, int connector, int skip)
    {
        var next = connector + skip;
        if (doc.InLexicon(next, Lexicon.Month) || doc.InLexicon(next, Lexicon.Weekday))
        {
            return true;
        }

        if (!doc.IsAny(connector, "and", "y", "e"))
        {
            return false;
        }

        return doc.InLexicon(connector - 1, Lexicon.OrganisationHeadLast) && doc[connector - 1].IsCapitalised
               || doc.PhraseMatches(next).Any(m => m.Name.Entry.IsOrganisation && !m.Name.Contextual && m.Length > 1);
    }

    /// <summary>How many connector tokens start at <paramref name="i"/> ("de la" is two).</summary>
    public static int ConnectorLength(EntityDocument doc, int i)
    {
        if (doc.IsAny(i, "y", "e", "and"))
        {
            // After "and" the next part starts at once: "Policía Nacional y el Ministerio Público" is two names.
            return 1;
        }

        if (doc.IsAny(i, "specialising", "specializing", "specialised", "specialized", "especializada", "especializado") && doc.IsAny(i + 1, "in", "en"))
        {
            return 2;
        }

        var n = 0;
        while (n < 3 && i + n < doc.Count && !doc[i + n].IsCapitalised && doc.InLexicon(i + n, Lexicon.OrganisationConnector)
               && !doc.IsAny(i + n, "y", "e", "and"))
        {
            n++;
        }

        return n;
    }

    /// <summary>How many name particles start at <paramref name="i"/>: "de", "del", "de la", "de los", "de las".</summary>
    public static int ParticleLength(EntityDocument doc, int i)
    {
        if (doc.IsAny(i, "del"))
        {
            return 1;
        }

        if (!doc.IsAny(i, "de") || doc[i].IsCapitalised)
        {
            return 0;
        }

        return doc.IsAny(i + 1, "la", "los", "las") && !doc[i + 1].IsCapitalised ? 2 : 1;
    }

    public static bool IsConnector(EntityDocument doc, int i) =>
        i >= 0 && i < doc.Count && !doc[i].IsCapitalised && doc.InLexicon(i, Lexicon.OrganisationConnector);

    /// <summary>A full stop after a single capital: "U.S.", "Margaret L. Donnelly".</summary>
    public static bool IsInitialStop(EntityDocument doc, int i) =>
        i > 0 && doc.IsAny(i, ".") && doc[i - 1].Length == 1 && doc[i - 1].IsCapitalised && doc[i - 1].End == doc[i].Start
        && i + 1 < doc.Count && doc[i + 1].IsCapitalised && doc.SameLine(i, i + 1);

    private static bool IsInnerPossessive(EntityDocument doc, int i) =>
        i > 0 && doc[i].IsWord && doc.TextOf(i) is ['\'' or '’' or 'ʼ', 's' or 'S'] && doc[i - 1].IsCapitalised
        && i + 1 < doc.Count && doc[i + 1].IsCapitalised && doc.SameLine(i, i + 1);

    // "Científicas, Penales y Criminalísticas": commas inside a name only in a list closed by "y"/"e"/"and".
    private static bool IsEnumeration(EntityDocument doc, int comma)
    {
        for (var i = comma + 1; i < doc.Count && i < comma + 8; i++)
        {
            if (doc[i].IsCapitalised)
            {
                continue;
            }

            if (doc.IsAny(i, "y", "e", "and"))
            {
                return i + 1 < doc.Count && doc[i + 1].IsCapitalised;
            }

            if (!doc.IsAny(i, ","))
            {
                return false;
            }
        }

        return false;
    }
}
