using Enlace.Core.Markings;

namespace Enlace.Core.Access;

/// <summary>
/// The one table of what each role may read and do (docs/decisions/0004-access-rules.md). TLP:RED is never a role's
/// clearance: a user reads RED only when an administrator cleared that person for it, and only in a role that may be
/// cleared.
/// </summary>
public static class AccessRules
{
    private static readonly Dictionary<Role, RoleGrant> Grants = new()
    {
        [Role.Administrator] = new(Role.Administrator, Tlp.Green, new HashSet<Permission> { Permission.Read, Permission.ManageUsers, Permission.JudgeIdentities }, false, false),
        [Role.Analyst] = new(Role.Analyst, Tlp.AmberStrict, new HashSet<Permission> { Permission.Read, Permission.Upload, Permission.Reconcile, Permission.JudgeIdentities, Permission.GradeSources }, true, true),
        [Role.LiaisonOfficer] = new(Role.LiaisonOfficer, Tlp.Amber, new HashSet<Permission> { Permission.Read, Permission.Upload }, false, false),
        [Role.Commander] = new(Role.Commander, Tlp.AmberStrict, new HashSet<Permission> { Permission.Read }, false, true),
        [Role.VictimServices] = new(Role.VictimServices, Tlp.Amber, new HashSet<Permission> { Permission.Read }, true, false),
        [Role.Viewer] = new(Role.Viewer, Tlp.Green, new HashSet<Permission> { Permission.Read }, false, false),
    };

    public static RoleGrant For(Role role) => Grants[role];

    /// <summary>
    /// The scope of a user of <paramref name="tenantId"/> holding <paramref name="roles"/>: the highest clearance of any
    /// role (RED if cleared for it and a role allows it), every permission of any role, need-to-know if any role has it.
    /// A user with no role reads nothing.
    /// </summary>
    public static AccessScope Scope(Guid tenantId, string agency, Guid userId, string userName, IReadOnlyCollection<Role> roles, bool clearedForRed)
    {
        var grants = roles.Distinct().Select(For).ToList();
        if (grants.Count == 0)
        {
            return new AccessScope(tenantId, agency, userId, userName, [], null, new HashSet<Permission>(), false);
        }

        var clearance = grants.Max(g => g.Clearance);
        if (clearedForRed && grants.Any(g => g.MayBeClearedForRed))
        {
            clearance = Tlp.Red;
        }

        return new AccessScope(
            tenantId,
            agency,
            userId,
            userName,
            [.. grants.Select(g => g.Role).Order()],
            clearance,
            grants.SelectMany(g => g.Permissions).ToHashSet(),
            grants.Any(g => g.VictimNeedToKnow));
    }
}
