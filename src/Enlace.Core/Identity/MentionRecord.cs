using Enlace.Core.Entities;

namespace Enlace.Core.Identity;

/// <summary>
/// An entity as resolution sees it: its tenant, its kind, the name it was given and the other names the extractor or
/// an analyst recorded for it ("PNP", "Peruvian police", "El Flaco").
/// </summary>
public sealed record MentionRecord(Guid Id, Guid TenantId, EntityKind Kind, string Name, IReadOnlyList<string> Aliases)
{
    public MentionRecord(Guid id, Guid tenantId, EntityKind kind, string name)
        : this(id, tenantId, kind, name, [])
    {
    }
}
