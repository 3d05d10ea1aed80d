using Enlace.Core.Access;
using Enlace.Core.Markings;

namespace Enlace.Server.Contracts;

/// <summary>Who the caller is and what they may see and do.</summary>
public sealed record ScopeView(Guid UserId, string UserName, string Agency, IReadOnlyList<string> Roles, string? Clearance, IReadOnlyList<string> Permissions, bool VictimNeedToKnow)
{
    public static ScopeView Of(AccessScope s) => new(
        s.UserId, s.UserName, s.Agency, [.. s.Roles.Select(r => r.ToName())], s.Clearance is { } c ? "TLP:" + Marking.TlpLabel(c) : null,
        [.. s.Permissions.Order().Select(p => p.ToString().ToLowerInvariant())], s.VictimNeedToKnow);
}
