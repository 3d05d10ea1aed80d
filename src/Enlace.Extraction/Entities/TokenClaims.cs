using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>Which tokens the gazetteer already reads as part of an organisation's or a place's name.</summary>
public sealed class TokenClaims
{
    private readonly bool[] organisation;
    private readonly bool[] location;

    public TokenClaims(int count, IEnumerable<Candidate> candidates)
    {
        organisation = new bool[count];
        location = new bool[count];
        foreach (var candidate in candidates)
        {
            var target = candidate.Type == EntityTypes.Organization ? organisation : location;
            for (var i = candidate.First; i < candidate.End; i++)
            {
                target[i] = true;
            }
        }
    }

    public bool IsOrganisation(int i) => i >= 0 && i < organisation.Length && organisation[i];

    public bool IsLocation(int i) => i >= 0 && i < location.Length && location[i];
}
