using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Names defined in brackets: "Peruvian National Police (PNP)", "Dirección contra la Trata de Personas (Dirtrap)",
/// "Homeland Security Investigations (HIS Lima)" (a typo of a known acronym, plus the office's city), and a name given
/// again in another language "(Red Andina contra la Trata de Personas – RACT)". The acronym becomes an alias.
/// </summary>
public static class AcronymDefinitions
{
    private const int MaxBracketTokens = 12;

    public static List<Candidate> Find(EntityDocument doc, IReadOnlyList<Candidate> gazetteer)
    {
        var found = new List<Candidate>();
        var organisationsByEnd = gazetteer
            .Where(c => c.Type == EntityTypes.Organization)
            .GroupBy(c => c.End)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Length).First());
        for (var open = 1; open < doc.Count; open++)
        {
            if (!doc.IsAny(open, "(") || Close(doc, open) is not { } close || close == open + 1)
            {
                continue;
            }

            var last = open - 1;
            if (doc[open].Is(TokenShape.LineStart))
            {
                last = open - 1; // the name is the whole line above
            }
            else if (!doc.SameLine(last, open))
            {
                continue;
            }

            if (doc.TextOf(last) is ['\'' or '’', 's' or 'S'])
            {
                last--;
            }

            if (last < 0 || !doc[last].IsCapitalised)
            {
                continue;
            }

            var secondName = close - open > 2 && doc[open + 1].IsCapitalised && doc[open + 2].IsCapitalised;
            var longForm = organisationsByEnd.GetValueOrDefault(last + 1) ?? (secondName ? NamedLine(doc, last) : LongForm(doc, last, open + 1));
            if (longForm is null)
            {
                continue;
            }

            if (longForm.Source != "gazetteer")
            {
                longForm = longForm with { Name = doc.Surface(longForm.First, longForm.End) + Continuation(doc, close + 1) };
            }

            var definitions = Definitions(doc, open + 1, close, longForm);
            if (definitions.Count == 0)
            {
                continue;
            }

            if (longForm.Source != "gazetteer")
            {
                found.Add(longForm);
            }

            found.AddRange(definitions);
        }

        return found;
    }

    private static int? Close(EntityDocument doc, int open)
    {
        for (var i = open + 1; i < doc.Count && i <= open + MaxBracketTokens; i++)
        {
            if (doc.IsAny(i, ")"))
            {
                return i;
            }

            if (doc.IsAny(i, "(") || (i > open + 1 && doc[i].Is(TokenShape.LineStart)))
            {
                return null;
            }
        }

        return null;
    }

    // The capitalised run that ends at `last`, started where the acronym's letters can be read from it.
    private static string[] FoldedWords(EntityDocument doc, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            if (doc[k].IsWord)
            {
                words.Add(doc.FoldedOf(k).ToString());
            }
        }

        return [.. words];
    }

    private static Candidate? LongForm(EntityDocument doc, int last, int acronymToken)
    {
        var start = last;
        while (start > 0 && !doc[start].Is(TokenShape.LineStart) && last - start < NameRun.MaxTokens)
        {
            var previous = start - 1;
            if (doc[previous].IsCapitalised || NameRun.IsConnector(doc, previous) || NameRun.IsInitialStop(doc, previous)
                || doc.IsAny(previous, ",") && doc[start].IsCapitalised)
            {
                start = previous;
                continue;
            }

            break;
        }

        var acronym = doc.TextOf(acronymToken).ToString();
        var hasHead = false;
        // The folded words of start..last, written out once; each start below reads the words from its own on.
        string[]? folded = null;
        for (var s = start; s <= last; s++)
        {
            if (!doc[s].IsCapitalised || NameRun.End(doc, s, Joiners.Organisation, enumerations: true) <= last)
            {
                continue;
            }

            hasHead |= doc.InLexicon(s, Lexicon.OrganisationHeadFirst) || doc.InLexicon(s, Lexicon.OrganisationHeadLast);
            folded ??= FoldedWords(doc, start, last);
            var skip = 0;
            for (var k = start; k < s; k++)
            {
                skip += doc[k].IsWord ? 1 : 0;
            }

            if (Initials.Match(acronym, new ArraySegment<string>(folded, skip, folded.Length - skip)))
            {
                return new Candidate(EntityTypes.Organization, s, last + 1, Priorities.AcronymDefinition, "acronym");
            }
        }

        if (!doc[acronymToken].IsAllCapitals || !hasHead)
        {
            return null;
        }

        var first = start;
        while (first <= last && (!doc[first].IsCapitalised || IsCommonStart(doc, first)))
        {
            first++;
        }

        return first <= last ? new Candidate(EntityTypes.Organization, first, last + 1, Priorities.AcronymDefinition, "acronym") : null;
    }

    // The organisation whose name a second name in brackets repeats: the capitalised run that ends just before it.
    private static Candidate? NamedLine(EntityDocument doc, int last)
    {
        var first = last;
        while (first > 0 && !doc[first].Is(TokenShape.LineStart) && (doc[first - 1].IsCapitalised || NameRun.IsConnector(doc, first - 1)))
        {
            first--;
        }

        while (first < last && (!doc[first].IsCapitalised || IsCommonStart(doc, first)))
        {
            first++;
        }

        var hasHead = Enumerable.Range(first, last - first + 1).Any(k => doc.InLexicon(k, Lexicon.OrganisationHeadFirst) || doc.InLexicon(k, Lexicon.OrganisationHeadLast));
        return hasHead && last > first ? new Candidate(EntityTypes.Organization, first, last + 1, Priorities.AcronymDefinition, "acronym") : null;
    }

    private static bool IsCommonStart(EntityDocument doc, int i) =>
        doc.InLexicon(i, Lexicon.Common) || (doc[i].Is(TokenShape.SentenceStart) && doc.WrittenInLowercase(i) && !doc.InLexicon(i, Lexicon.OrganisationHeadFirst));

    private static List<Candidate> Definitions(EntityDocument doc, int first, int close, Candidate longForm)
    {
        var found = new List<Candidate>();
        var aliasOf = AliasKey(doc, longForm);
        var token = doc[first];
        var single = close == first + 1 || doc.IsAny(first + 1, ",") || (close == first + 2 && IsPlace(doc, first + 1));
        if (single && token.IsWord && token.IsCapitalised && token.Length >= 2 && !doc.InLexicon(first, Lexicon.Month))
        {
            var acronym = doc.TextOf(first).ToString();
            var known = longForm.Options.SelectMany(e => e.Names).Where(n => n.Length == acronym.Length && n.All(char.IsUpper)).ToList();
            var words = Enumerable.Range(longForm.First, longForm.Length).Where(k => doc[k].IsWord).Select(k => doc.FoldedOf(k).ToString()).ToList();
            var reads = Initials.Match(acronym, words) || known.Contains(acronym, StringComparer.Ordinal);
            var corrected = known.FirstOrDefault(k => Initials.IsTypoOf(acronym, k));
            if (!reads && corrected is null && !token.IsAllCapitals)
            {
                return found;
            }

            var end = close == first + 2 && IsPlace(doc, first + 1) ? first + 2 : first + 1;
            var office = end == first + 2 ? " " + doc.TextOf(first + 1).ToString() : "";
            found.Add(new Candidate(EntityTypes.Organization, first, end, Priorities.AcronymDefinition, "acronym")
            {
                AliasOf = aliasOf,
                Name = !reads && corrected is not null ? corrected + office : null,
            });
            return found;
        }

        // A second name for the same organisation, maybe with its acronym after a dash: "(Red Andina contra la Trata – RACT)".
        if (token.IsCapitalised && close - first >= 2)
        {
            var nameEnd = NameRun.End(doc, first, Joiners.Organisation);
            if (nameEnd - first >= 2 && nameEnd <= close)
            {
                found.Add(new Candidate(EntityTypes.Organization, first, nameEnd, Priorities.AcronymDefinition, "acronym") { AliasOf = aliasOf });
                var acronym = nameEnd < close && doc.IsAny(nameEnd, "-", "–", "—", ",") ? nameEnd + 1 : -1;
                if (acronym > 0 && acronym == close - 1 && doc[acronym].IsAllCapitals)
                {
                    found.Add(new Candidate(EntityTypes.Organization, acronym, acronym + 1, Priorities.AcronymDefinition, "acronym") { AliasOf = aliasOf });
                }
            }
        }

        return found;
    }

    public static string AliasKey(EntityDocument doc, Candidate target) =>
        target.Source == "gazetteer" && target.Options.Count > 0
            ? target.Options[0].Key
            : TextFold.Fold(target.Name ?? doc.Surface(target.First, target.End));

    private static bool IsPlace(EntityDocument doc, int i)
    {
        foreach (var (_, name) in doc.PhraseMatches(i))
        {
            if (name.Entry.Type == EntityTypes.Location && char.IsUpper(doc.TextOf(i)[0]))
            {
                return true;
            }
        }

        return false;
    }

    // "(Fecor) de Lima", "(Divincri) Cusco": the name goes on after its acronym.
    private static string Continuation(EntityDocument doc, int next)
    {
        if (next >= doc.Count || !doc.SameLine(next - 1, next))
        {
            return "";
        }

        var particles = NameRun.ParticleLength(doc, next);
        var place = next + particles;
        if (place >= doc.Count || !IsPlace(doc, place))
        {
            return "";
        }

        var end = NameRun.End(doc, place, Joiners.Particles);
        return end < doc.Count && doc[end].IsCapitalised ? "" : " " + doc.Surface(next, end);
    }
}
