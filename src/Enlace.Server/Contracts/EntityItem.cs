using Enlace.Core.Entities;

namespace Enlace.Server.Contracts;

/// <summary>An organisation, person, place, event or other thing statements are about.</summary>
public sealed record EntityItem(Guid Id, string Kind, string Name, DateTimeOffset CreatedAt)
{
    public static EntityItem Of(Entity e) => new(e.Id, e.Kind.ToString().ToLowerInvariant(), e.Name, e.CreatedAt);
}
