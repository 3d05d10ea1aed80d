using Enlace.Core.Identity;

namespace Enlace.Server.Contracts;

/// <summary>An entity as identity review shows it: kind, name, the other names its reports use for it, and those reports.</summary>
public sealed record IdentityCardItem(Guid Id, string Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Guid> Documents)
{
    public static IdentityCardItem Of(EntityCard card) => new(card.Id, card.Kind.ToString().ToLowerInvariant(), card.Name, card.Aliases, card.Documents);
}
