using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Lets candidates compete for tokens: the higher priority, then the longer, wins. A name built from its parts
/// ("Embassy of the United States in Peru", "Juzgado de Garantía de Arica") may hold places and bodies inside it, which
/// stay mentions of their own; a gazetteer name is never cut into.
/// </summary>
public static class CandidateResolver
{
    public static List<Candidate> Resolve(EntityDocument doc, IReadOnlyList<Candidate> candidates)
    {
        var dropped = Dominated(doc, candidates);
        var ordered = candidates
            .Where(c => !dropped.Contains(c))
            .OrderByDescending(c => c.Priority)
            .ThenByDescending(c => c.Length)
            .ThenBy(c => c.First);
        var outer = new Candidate?[doc.Count];
        var inner = new Candidate?[doc.Count];
        var accepted = new List<Candidate>();
        foreach (var candidate in ordered)
        {
            var nested = false;
            var conflict = false;
            for (var t = candidate.First; t < candidate.End && !conflict; t++)
            {
                if (outer[t] is { } holder)
                {
                    if (MayNest(candidate, holder) && inner[t] is null)
                    {
                        nested = true;
                    }
                    else
                    {
                        conflict = true;
                    }
                }
            }

            if (conflict)
            {
                continue;
            }

            accepted.Add(candidate);
            var target = nested ? inner : outer;
            for (var t = candidate.First; t < candidate.End; t++)
            {
                target[t] = candidate;
            }
        }

        accepted.Sort((a, b) => a.First.CompareTo(b.First));
        return accepted;
    }

    // Names inside a name are part of it ("Bogotá" in "Embajada de los Estados Unidos en Bogotá"), except an unquoted
    // nickname, which may sit inside the run that holds its owner.
    private static bool MayNest(Candidate candidate, Candidate holder) => candidate.Nested && holder.Contains(candidate);

    // A longer built name that only adds places to a gazetteer name ("Policía Nacional del Perú en Lima") gives way to it;
    // a gazetteer name at the start of a longer built one ("Los Lobos" in "Los Lobos del Estero") gives way to the longer.
    private static HashSet<Candidate> Dominated(EntityDocument doc, IReadOnlyList<Candidate> candidates)
    {
        var dropped = new HashSet<Candidate>(ReferenceEqualityComparer.Instance);
        var gazetteer = candidates.Where(c => c.Source == "gazetteer").ToList();
        var byToken = new List<Candidate>?[doc.Count];
        foreach (var known in gazetteer)
        {
            for (var t = known.First; t < known.End; t++)
            {
                (byToken[t] ??= []).Add(known);
            }
        }

        var built = candidates.Where(c => c.Type == EntityTypes.Organization && c.Source is "pattern" or "gang" or "masthead" or "echo" or "acronym" or "embassy"
                                          && (c.AliasOf is null || c.Source == "echo"));
        foreach (var name in built)
        {
            foreach (var known in (byToken[name.First] ?? []).Concat(byToken[name.End - 1] ?? []).Distinct())
            {
                if (known.First == name.First && known.End == name.End || known.Contains(name) && known.Type == EntityTypes.Organization)
                {
                    dropped.Add(name);
                }
                else if (known.Type != EntityTypes.Organization || !name.Contains(known) || known.First != name.First)
                {
                    continue;
                }
                else if (OnlyPlaces(doc, known.End, name.End))
                {
                    dropped.Add(name);
                }
                else
                {
                    dropped.Add(known);
                }
            }
        }

        return dropped;
    }

    private static bool OnlyPlaces(EntityDocument doc, int first, int end)
    {
        var k = first;
        while (k < end && (NameRun.IsConnector(doc, k) || doc[k].IsPunctuation))
        {
            k++;
        }

        while (k < end)
        {
            var place = doc.PhraseMatches(k).FirstOrDefault(m => m.Name.Entry.Type == EntityTypes.Location);
            if (place.Name is null)
            {
                return false;
            }

            k += place.Length;
            while (k < end && (NameRun.IsConnector(doc, k) || doc[k].IsPunctuation))
            {
                k++;
            }
        }

        return true;
    }
}
