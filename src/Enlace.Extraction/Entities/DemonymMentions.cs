using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Countries named by their capitalised demonym ("the Venezuelan gang", "Spanish courts", "seven Venezuelans"), and a
/// country's national police named by demonym ("Peruvian police" → Peruvian National Police) when the document is
/// about that country.
/// </summary>
public static class DemonymMentions
{
    // Demonyms that are also languages: only an adjective before a noun names the country.
    private static readonly WordList Languages = ["spanish", "english", "french", "portuguese", "german", "dutch", "chinese", "italian"];

    public static List<Candidate> Find(EntityDocument doc, IReadOnlySet<string> countriesMentioned)
    {
        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            var token = doc[i];
            if (!token.IsCapitalised || token.IsAllCapitals || doc.DemonymOf(i) is not { } country)
            {
                continue;
            }

            var followedByWord = i + 1 < doc.Count && doc[i + 1].IsWord && doc.SameLine(i, i + 1);
            if (followedByWord && doc.IsAny(i + 1, "police", "policia") && !doc[i + 1].IsCapitalised && NationalPolice(country) is { } police)
            {
                if (countriesMentioned.Contains(country.Code))
                {
                    found.Add(new Candidate(EntityTypes.Organization, i, i + 2, Priorities.StrongPerson + 1, "demonym") { Options = [police] });
                }

                continue;
            }

            if (doc.IsAny(i, Languages) && !followedByWord || GazetteerMatcher.IsNotAPlace(doc, i + 1))
            {
                continue;
            }

            found.Add(new Candidate(EntityTypes.Location, i, i + 1, Priorities.Demonym, "demonym") { Options = [country.Entry] });
        }

        return found;
    }

    /// <summary>"Peru police": a country's name then "police" in lower case.</summary>
    public static List<Candidate> CountryPolice(EntityDocument doc, IEnumerable<Candidate> gazetteer)
    {
        var found = new List<Candidate>();
        foreach (var candidate in gazetteer)
        {
            if (candidate.Options.FirstOrDefault(o => o.Kind == "country") is { } entry && candidate.End < doc.Count
                && doc.IsAny(candidate.End, "police") && !doc[candidate.End].IsCapitalised
                && Gazetteer.Instance.CountryOf(entry) is { } country && NationalPolice(country) is { } police)
            {
                found.Add(new Candidate(EntityTypes.Organization, candidate.First, candidate.End + 1, Priorities.StrongPerson + 1, "demonym") { Options = [police] });
            }
        }

        return found;
    }

    public static GazetteerEntry? NationalPolice(Country country) =>
        Gazetteer.Instance.FirstOf(country.Code, "national-police");
}
