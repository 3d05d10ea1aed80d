using Enlace.Core.Markings;

namespace Enlace.Core.Access;

/// <summary>
/// Everything one signed-in user may see and do, resolved once per request from their account: the agency (tenant)
/// they belong to, the highest TLP level they read, their permissions, and whether they may see victims' identities.
/// </summary>
/// <param name="Clearance">The highest TLP level the user reads; null when the user reads nothing.</param>
public sealed record AccessScope(
    Guid TenantId,
    string Agency,
    Guid UserId,
    string UserName,
    IReadOnlyList<Role> Roles,
    Tlp? Clearance,
    IReadOnlySet<Permission> Permissions,
    bool VictimNeedToKnow)
{
    public bool Can(Permission permission) => Permissions.Contains(permission);

    /// <summary>Whether an item of the user's own agency with this marking may be shown to them.</summary>
    public bool MayRead(Marking marking) => Can(Permission.Read) && Clearance is { } clearance && marking.Tlp <= clearance;

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the user has the permission.</summary>
    public void Demand(Permission permission)
    {
        if (!Can(permission))
        {
            throw new AccessDeniedException($"your roles ({string.Join(", ", Roles.Select(r => r.ToName()))}) do not allow this");
        }
    }
}
