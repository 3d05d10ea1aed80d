using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Organisations named by the shape of their name: a capitalised run holding a head word, led by it in Spanish
/// ("Juzgado de Garantía de Arica", "Unidad Regional de Atención a Víctimas y Testigos") or closed by it in English
/// ("Houston Police Department", "Permanent Preparatory Investigation Court of Comas"). Press offices are left out:
/// they publish, they do not act. A trailing "de la DIJIN" names the parent, not this organisation.
/// </summary>
public static class OrganisationPatterns
{
    public static List<Candidate> Find(EntityDocument doc)
    {
        var found = new List<Candidate>();
        var i = 0;
        while (i < doc.Count)
        {
            if (!doc[i].IsCapitalised || doc[i].IsAllCapitals && IsAllCapitalsLine(doc, i))
            {
                i++;
                continue;
            }

            var end = NameRun.End(doc, i, Joiners.Organisation, enumerations: true);
            if (Organisation(doc, i, end) is { } candidate)
            {
                found.Add(candidate);
            }

            i = end;
        }

        return found;
    }

    private static Candidate? Organisation(EntityDocument doc, int first, int end)
    {
        while (first < end && (!doc[first].IsCapitalised || IsCommonStart(doc, first)))
        {
            first++;
        }

        first = AfterPerson(doc, first, end);
        var whole = end;
        end = TrimEnd(doc, first, end);
        var head = HeadAt(doc, first, end);
        if (head < 0 || CapitalisedWords(doc, first, end) < 2 || IsEvent(doc, first) || IsPressOffice(doc, first, end)
            || IsDescription(doc, first) || IsHeading(doc, first, end) || OfficeOfKnown(doc, first, end))
        {
            return null;
        }

        return new Candidate(EntityTypes.Organization, first, end, Priorities.OrganisationPattern, "pattern")
        {
            Name = doc.Surface(first, end),
            Aliases = whole > end ? [doc.Surface(first, whole)] : [],
        };
    }

    // "Special Agent in Charge Linda K. Marsh of the FBI Houston Field Office": the organisation starts after the person.
    private static int AfterPerson(EntityDocument doc, int first, int end)
    {
        var lastPersonal = -1;
        for (var k = first; k < end; k++)
        {
            // A middle initial ("Linda K. Marsh"), not the letters of an abbreviation ("U.S.").
            var middleInitial = NameRun.IsInitialStop(doc, k) && k >= first + 2 && doc[k - 2].IsWord && doc[k - 2].Length > 1;
            if (doc.InLexicon(k, Lexicon.GivenName) && k + 1 < end && doc[k + 1].IsCapitalised || middleInitial)
            {
                lastPersonal = k;
            }
        }

        if (lastPersonal < 0)
        {
            return first;
        }

        for (var k = lastPersonal + 1; k < end; k++)
        {
            if (NameRun.IsConnector(doc, k))
            {
                while (k < end && !doc[k].IsCapitalised)
                {
                    k++;
                }

                return k;
            }
        }

        return end;
    }

    // Ends the name before "en Lima" (unless it is an embassy's or office's seat) and before "de la <known body>".
    private static int TrimEnd(EntityDocument doc, int first, int end)
    {
        var seated = doc.IsAny(first, "embajada", "embassy", "oficina", "office", "consulado", "consulate");
        for (var k = first + 1; k < end; k++)
        {
            if (!seated && doc.IsAny(k, "en", "in") && !doc[k].IsCapitalised && AllPlace(doc, k + 1, end))
            {
                return k;
            }

            var particles = NameRun.ParticleLength(doc, k);
            if (particles > 0 && k + particles < end && KnownOrganisationEndsAt(doc, k + particles, end))
            {
                return k;
            }
        }

        return end;
    }

    private static bool KnownOrganisationEndsAt(EntityDocument doc, int first, int end) =>
        doc.PhraseMatches(first)
            .Any(m => m.Name.Entry.IsOrganisation && !m.Name.Contextual && first + m.Length == end && doc[first].IsCapitalised);

    private static bool AllPlace(EntityDocument doc, int first, int end)
    {
        var k = first;
        while (k < end)
        {
            var skip = NameRun.ParticleLength(doc, k) + (doc.IsAny(k, "el", "la", "the") ? 1 : 0);
            k += skip;
            if (k >= end)
            {
                return false;
            }

            var matches = doc.PhraseMatches(k).Where(m => m.Name.Entry.Type == EntityTypes.Location).ToList();
            if (matches.Count == 0)
            {
                return false;
            }

            k += matches[0].Length;
        }

        return true;
    }

    private static int HeadAt(EntityDocument doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc[k].IsCapitalised && (doc.InLexicon(k, Lexicon.OrganisationHeadLast) || doc.InLexicon(k, Lexicon.OrganisationHeadFirst) && k == first))
            {
                return k;
            }
        }

        return -1;
    }

    private static int CapitalisedWords(EntityDocument doc, int first, int end)
    {
        var n = 0;
        for (var k = first; k < end; k++)
        {
            n += doc[k].IsCapitalised && doc[k].Length > 1 ? 1 : 0;
        }

        return n;
    }

    public static bool IsCommonStart(EntityDocument doc, int i) =>
        doc.InLexicon(i, Lexicon.Common) || doc.InLexicon(i, Lexicon.Month) || doc.InLexicon(i, Lexicon.Weekday)
        || (doc[i].Is(TokenShape.SentenceStart) && doc.WrittenInLowercase(i) && !doc.InLexicon(i, Lexicon.OrganisationHeadFirst) && !doc.InLexicon(i, Lexicon.OrganisationHeadLast));

    private static bool IsEvent(EntityDocument doc, int first) => doc.InLexicon(first, Lexicon.EventHead);

    // "designated … as a Foreign Terrorist Organization": a category the text applies, not a body it names.
    private static bool IsDescription(EntityDocument doc, int first) =>
        doc.IsAny(first - 1, "a", "an", "un", "una", "as", "como") && !doc[first - 1].IsCapitalised
        || doc.IsAny(first - 1, "a", "an") && doc.IsAny(first - 2, "as", "como");

    private static bool IsHeading(EntityDocument doc, int first, int end) =>
        doc.Lexicon.Contains(Lexicon.Heading, TextFold.Fold(doc.Surface(first, end)));

    // "Office of the Immigration and Customs Enforcement": a part of a known body, not a body with a name of its own.
    private static bool OfficeOfKnown(EntityDocument doc, int first, int end)
    {
        var k = first + 1;
        while (k < end && NameRun.IsConnector(doc, k))
        {
            k++;
        }

        return k > first + 1 && k < end && doc.PhraseMatches(k)
            .Any(m => m.Name.Entry.IsOrganisation && !m.Name.Contextual && k + m.Length == end);
    }

    private static bool IsPressOffice(EntityDocument doc, int first, int end)
    {
        if (!doc.IsAny(first, "oficina", "office", "departamento", "department") && !doc.IsAny(end - 1, "office", "oficina"))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (doc.InLexicon(k, Lexicon.PressOffice))
            {
                return true;
            }
        }

        return doc.IsAny(first, "embassy") && doc.IsAny(first + 1, "press");
    }

    public static bool IsAllCapitalsLine(EntityDocument doc, int i) => doc.IsAllCapitalsLine(i);
}
