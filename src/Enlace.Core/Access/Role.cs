namespace Enlace.Core.Access;

/// <summary>What a user does in their agency. A user may hold several roles; their access is the union.</summary>
public enum Role
{
    /// <summary>Manages the agency's accounts; reads only what a viewer reads.</summary>
    Administrator,

    /// <summary>Turns reports into facts with provenance, adjudicates conflicts, briefs commanders.</summary>
    Analyst,

    /// <summary>A foreign agency's officer in-country: shares with partners and receives their reports.</summary>
    LiaisonOfficer,

    /// <summary>Plans and leads operations.</summary>
    Commander,

    /// <summary>Coordinates care for rescued people: counts and referrals, with the need-to-know for their identities.</summary>
    VictimServices,

    /// <summary>Reads what is marked for wide distribution.</summary>
    Viewer,
}
