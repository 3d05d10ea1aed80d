using System.Buffers;
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
        var ordered = Ordered(candidates, dropped);
        // Per token: 1 + the place in `accepted` of the name that holds it, and whether a name sits inside that one there.
        var outer = ArrayPool<int>.Shared.Rent(doc.Count);
        var inner = ArrayPool<bool>.Shared.Rent(doc.Count);
        Array.Clear(outer, 0, doc.Count);
        Array.Clear(inner, 0, doc.Count);
        var accepted = new List<Candidate>();
        foreach (var index in ordered)
        {
            var candidate = candidates[index];
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

        ArrayPool<int>.Shared.Return(outer);
        ArrayPool<bool>.Shared.Return(inner);
        accepted.Sort((a, b) => a.First.CompareTo(b.First));
        return accepted;
    }

    // The candidates left, as places in the list: higher priority first, then longer, then earlier, then listed first
    // (a total order, so the sort gives what a stable sort by the first three would).
    private static int[] Ordered(IReadOnlyList<Candidate> candidates, bool[] dropped)
    {
        var count = 0;
        foreach (var gone in dropped)
        {
            count += gone ? 0 : 1;
        }

        var order = new int[count];
        count = 0;
        for (var i = 0; i < dropped.Length; i++)
        {
            if (!dropped[i])
            {
                order[count++] = i;
            }
        }

        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (candidates[x], candidates[y]);
            var by = b.Priority.CompareTo(a.Priority);
            by = by != 0 ? by : b.Length.CompareTo(a.Length);
            by = by != 0 ? by : a.First.CompareTo(b.First);
            return by != 0 ? by : x.CompareTo(y);
        });
        return order;
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
        // The gazetteer names over each token they cover, by their place in the list: those over token t are
        // over[from[t]..from[t + 1]]. Which order they are looked at in, or how often, does not change what is dropped.
        var from = ArrayPool<int>.Shared.Rent(doc.Count + 1);
        Array.Clear(from, 0, doc.Count + 1);
        var total = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Source == "gazetteer")
            {
                for (var t = candidates[k].First; t < candidates[k].End; t++)
                {
                    from[t + 1]++;
                    total++;
                }
            }
        }

        for (var t = 0; t < doc.Count; t++)
        {
            from[t + 1] += from[t];
        }

        var over = ArrayPool<int>.Shared.Rent(total);
        var filled = ArrayPool<int>.Shared.Rent(doc.Count);
        Array.Clear(filled, 0, doc.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Source == "gazetteer")
            {
                for (var t = candidates[k].First; t < candidates[k].End; t++)
                {
                    over[from[t] + filled[t]++] = k;
                }
            }
        }

        for (var n = 0; n < candidates.Count; n++)
        {
            var name = candidates[n];
            if (!(name.Type == EntityTypes.Organization && name.Source is "pattern" or "gang" or "masthead" or "echo" or "acronym" or "embassy"
                  && (name.AliasOf is null || name.Source == "echo")))
            {
                continue;
            }

            Compare(doc, candidates, dropped, n, over.AsSpan(from[name.First], from[name.First + 1] - from[name.First]));
            Compare(doc, candidates, dropped, n, over.AsSpan(from[name.End - 1], from[name.End] - from[name.End - 1]));
        }

        ArrayPool<int>.Shared.Return(from);
        ArrayPool<int>.Shared.Return(over);
        ArrayPool<int>.Shared.Return(filled);
        return dropped;
    }

    // The built name n against the gazetteer names over one of its ends.
    private static void Compare(EntityDocument doc, IReadOnlyList<Candidate> candidates, bool[] dropped, int n, ReadOnlySpan<int> covering)
    {
        var name = candidates[n];
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
