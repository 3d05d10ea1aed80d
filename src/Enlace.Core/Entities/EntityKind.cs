namespace Enlace.Core.Entities;

/// <summary>What an entity is. The link graph joins all of them.</summary>
public enum EntityKind
{
    Organization,
    Person,
    Location,
    Event,
    Operation,
    Identifier,

    /// <summary>
    /// A report itself: the subject of the figures and dates it states, until reconciliation places them in events.
    /// </summary>
    Report,
}
