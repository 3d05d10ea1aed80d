namespace Enlace.Core.Access;

/// <summary>What a role allows beyond reading within its clearance.</summary>
public enum Permission
{
    /// <summary>Read documents, statements, entities, events, conflicts, adjudications, searches and briefs.</summary>
    Read,

    /// <summary>Add reports to the agency's store.</summary>
    Upload,

    /// <summary>Reconcile: resolve the names reports use, group reported happenings into events, and settle conflicts.</summary>
    Reconcile,

    /// <summary>List, create and change the agency's accounts.</summary>
    ManageUsers,

    /// <summary>Judge whether two entities are one (same, not same, unsure), merge and split identities by hand.</summary>
    JudgeIdentities,

    /// <summary>Set a source's Admiralty reliability grade, with a reason.</summary>
    GradeSources,
}
