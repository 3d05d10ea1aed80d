namespace Enlace.Core.Entities;

/// <summary>A thing statements are about: an organisation, person, place, event, operation or identifier.</summary>
public sealed record Entity(Guid Id, Guid TenantId, EntityKind Kind, string Name, DateTimeOffset CreatedAt);
