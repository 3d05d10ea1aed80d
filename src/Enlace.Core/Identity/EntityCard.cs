using Enlace.Core.Entities;

namespace Enlace.Core.Identity;

/// <summary>An entity as an analyst reviewing identities sees it: its name and kind, other names its reports use, and the reports that name it.</summary>
public sealed record EntityCard(Guid Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Guid> Documents);
