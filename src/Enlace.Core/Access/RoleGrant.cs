using Enlace.Core.Markings;

namespace Enlace.Core.Access;

/// <summary>What one role grants: the highest marking it reads, what it may do, and whether it needs victims' identities.</summary>
public sealed record RoleGrant(Role Role, Tlp Clearance, IReadOnlySet<Permission> Permissions, bool VictimNeedToKnow, bool MayBeClearedForRed);
