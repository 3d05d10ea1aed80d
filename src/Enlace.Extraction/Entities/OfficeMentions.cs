using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// An agency's office named by acronym and city ("HSI Lima", "HSI Bogotá"), and an obvious typo of an acronym the
/// document uses ("HIS" where HSI is named): both are other names of the agency.
/// </summary>
public static class OfficeMentions
{
    public static List<Candidate> Find(EntityDocument doc, IReadOnlyList<Candidate> known)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in known.Where(c => c.Type == EntityTypes.Organization))
        {
            if (candidate.Length == 1 && doc[candidate.First].IsAllCapitals)
            {
                acronyms.TryAdd(doc.TextOf(candidate.First).ToString(), candidate.AliasOf ?? AcronymDefinitions.AliasKey(doc, candidate));
            }
        }

        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            var token = doc[i];
            if (!token.IsAllCapitals || !token.IsWord || OrganisationPatterns.IsAllCapitalsLine(doc, i))
            {
                continue;
            }

            if (!Acronym(doc, acronyms, i, out var key, out var corrected))
            {
                continue;
            }

            var end = i + 1;
            // "FBI Houston Field Office" is a name of its own; "HSI Houston" an office of HSI.
            if (end < doc.Count && doc[end].IsCapitalised && !doc[end].IsAllCapitals && doc.SameLine(i, end) && IsCity(doc, end)
                && !(end + 1 < doc.Count && doc[end + 1].IsCapitalised && doc.SameLine(end, end + 1)))
            {
                end++;
            }

            if (end == i + 1 && corrected is null)
            {
                continue;
            }

            var office = end > i + 1 ? " " + doc.TextOf(i + 1).ToString() : "";
            found.Add(new Candidate(EntityTypes.Organization, i, end, Priorities.AcronymDefinition - 1, "office")
            {
                AliasOf = key,
                Name = corrected is null ? null : corrected + office,
            });
        }

        return found;
    }

    // The agency the capitals at token i name, directly or as an obvious typo (then corrected is the acronym meant).
    private static bool Acronym(EntityDocument doc, Dictionary<string, string> acronyms, int i, out string key, out string? corrected)
    {
        corrected = null;
        if (acronyms.Count == 0)
        {
            key = "";
            return false;
        }

        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(doc.TextOf(i), out var found))
        {
            key = found;
            return true;
        }

        var written = doc.TextOf(i).ToString();
        corrected = acronyms.Keys.FirstOrDefault(k => Initials.IsTypoOf(written, k) && !IsKnownName(doc, i));
        key = corrected is null ? "" : acronyms[corrected];
        return corrected is not null;
    }

    private static bool IsKnownName(EntityDocument doc, int i) => doc.PhraseMatches(i).Count > 0;

    private static bool IsCity(EntityDocument doc, int i) =>
        doc.PhraseMatches(i)
            .Any(m => m.Length == 1 && m.Name.Entry.Type == EntityTypes.Location && m.Name.Entry.Kind is "city" or "district");
}
