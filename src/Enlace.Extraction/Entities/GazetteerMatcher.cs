using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Finds the gazetteer's names in a document, longest first. Capitals must agree: an acronym matches only in capitals
/// ("ICE", not "ice") and every capitalised word of a name must be capitalised in the text.
/// </summary>
public static class GazetteerMatcher
{
    public static List<Candidate> Find(EntityDocument doc)
    {
        var found = new List<Candidate>();
        var names = new List<PhraseName>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (doc[i].IsPunctuation)
            {
                continue;
            }

            // The matches come longest first: try each length in turn, and stop at the first that yields a name.
            var matches = doc.PhraseMatches(i);
            for (var group = 0; group < matches.Count;)
            {
                var length = matches[group].Length;
                names.Clear();
                for (; group < matches.Count && matches[group].Length == length; group++)
                {
                    if (CapitalsAgree(doc, i, matches[group].Name))
                    {
                        names.Add(matches[group].Name);
                    }
                }

                if (names.Count == 0)
                {
                    continue;
                }

                var plain = names.Where(n => !n.Contextual).ToList();
                var chosen = plain.Count > 0 ? plain : names;
                var entries = chosen.Select(n => n.Entry).Distinct().ToList();
                if (IsNotAPlace(doc, i + length) && entries.All(e => e.Type == EntityTypes.Location))
                {
                    break;
                }

                if (ActsAsGovernment(doc, i + length, entries) is { } country)
                {
                    entries = [country.Entry];
                }

                var type = entries[0].Type;
                found.Add(new Candidate(type, i, i + length,
                    type == EntityTypes.Organization ? Priorities.GazetteerOrganisation : Priorities.GazetteerPlace,
                    "gazetteer")
                {
                    Options = entries,
                    Contextual = plain.Count == 0,
                });
                break;
            }
        }

        return found;
    }

    // "US$ 42.300", "85,000 US dollars", "12 million Colombian pesos": money, not a place.
    public static bool IsNotAPlace(EntityDocument doc, int next) =>
        next < doc.Count && (doc.IsAny(next, "$") && doc[next].Start == doc[next - 1].End
                             || doc.IsAny(next, "dollars", "dolares", "dollar", "pesos", "peso", "soles", "sol", "bolivares", "euros", "reais", "cents"));

    // "Washington announced …": a capital that speaks is its country's government.
    private static Country? ActsAsGovernment(EntityDocument doc, int next, List<GazetteerEntry> entries)
    {
        if (entries.Count != 1 || entries[0].Kind != "city" || next >= doc.Count || !doc.InLexicon(next, "reporting-verb"))
        {
            return null;
        }

        var country = Gazetteer.Instance.CountryByCode.GetValueOrDefault(entries[0].Country);
        return country is not null && country.Capital == entries[0].English ? country : null;
    }

    private static bool CapitalsAgree(EntityDocument doc, int first, PhraseName name)
    {
        for (var k = 0; k < name.Tokens.Count; k++)
        {
            var expected = name.Tokens[k];
            var token = doc[first + k];
            var actual = doc.TextOf(first + k);
            if (IsAcronym(expected))
            {
                if (!token.IsAllCapitals && !(expected.Length == 1 && char.IsUpper(actual[0])))
                {
                    return false;
                }
            }
            else if (char.IsUpper(expected[0]) && !char.IsUpper(actual[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
