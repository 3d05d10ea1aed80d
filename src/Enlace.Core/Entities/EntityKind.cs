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
}
