using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Lets candidates compete for tokens: the higher priority, then the longer, wins. A name built from its parts
/// ("Embassy of the United States in Peru", "Juzgado de Garantía de Arica") may hold places and bodies inside it, which
/// stay mentions of their own; a gazetteer name is never cut into.
/// </summary>
public static class CandidateResolver
{
    private static readonly List<int> NoNames = [];

    public static List<Candidate> Resolve(EntityDocument doc, IReadOnlyList<Candidate> candidates)
    {
        var dropped = Dominated(doc, candidates);
        var ordered = candidates
            .Where((_, i) => !dropped[i])
            .OrderByDescending(c => c.Priority)
            .ThenByDescending(c => c.Length)
            .ThenBy(c => c.First);
        // Per token: 1 + the place in `accepted` of the name that holds it, and whether a name sits inside that one there.
        var outer = new int[doc.Count];
        var inner = new bool[doc.Count];
        var accepted = new List<Candidate>();
        foreach (var candidate in ordered)
        {
            var nested = false;
            var conflict = false;
            for (var t = candidate.First; t < candidate.End && !conflict; t++)
            {
                if (outer[t] > 0)
                {
                    if (MayNest(candidate, accepted[outer[t] - 1]) && !inner[t])
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
            for (var t = candidate.First; t < candidate.End; t++)
            {
                if (nested)
                {
                    inner[t] = true;
                }
                else
                {
                    outer[t] = accepted.Count;
                }
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
    // Candidates are named by their place in the list, so deciding costs no hashing of fresh objects.
    private static bool[] Dominated(EntityDocument doc, IReadOnlyList<Candidate> candidates)
    {
        var dropped = new bool[candidates.Count];
        // The gazetteer names over each token they cover, by their place in the list.
        var byToken = new Dictionary<int, List<int>>();
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Source == "gazetteer")
            {
                for (var t = candidates[k].First; t < candidates[k].End; t++)
                {
                    if (!byToken.TryGetValue(t, out var over))
                    {
                        byToken[t] = over = [];
                    }

                    over.Add(k);
                }
            }
        }

        var covering = new List<int>();
        for (var n = 0; n < candidates.Count; n++)
        {
            var name = candidates[n];
            if (!(name.Type == EntityTypes.Organization && name.Source is "pattern" or "gang" or "masthead" or "echo" or "acronym" or "embassy"
                  && (name.AliasOf is null || name.Source == "echo")))
            {
                continue;
            }

            covering.Clear();
            covering.AddRange(byToken.GetValueOrDefault(name.First) ?? NoNames);
            foreach (var k in byToken.GetValueOrDefault(name.End - 1) ?? NoNames)
            {
                if (!covering.Contains(k))
                {
                    covering.Add(k);
                }
            }

            foreach (var k in covering)
            {
                var known = candidates[k];
                if (known.First == name.First && known.End == name.End || known.Contains(name) && known.Type == EntityTypes.Organization)
                {
                    dropped[n] = true;
                }
                else if (known.Type != EntityTypes.Organization || !name.Contains(known) || known.First != name.First)
                {
                    continue;
                }
                else if (OnlyPlaces(doc, known.End, name.End))
                {
                    dropped[n] = true;
                }
                else
                {
                    dropped[k] = true;
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
