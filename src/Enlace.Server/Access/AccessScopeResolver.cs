using System.Security.Claims;
using Enlace.Core.Access;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Enlace.Server.Access;

/// <summary>
/// Turns a signed-in principal into the <see cref="AccessScope"/> it holds now: the account is read afresh, so a
/// removed role, a lockout or a changed password (new security stamp) takes effect on the next request, cookie or
/// token alike. Returns null when the principal no longer stands for a usable account.
/// </summary>
public sealed class AccessScopeResolver(AccountStore accounts, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public async Task<AccessScope?> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId))
        {
            return null;
        }

        var account = await accounts.FindByIdAsync(userId, cancellationToken);
        if (account is null || principal.FindFirstValue(claims.SecurityStampClaimType) != account.SecurityStamp ||
            (account.LockoutEnabled && account.LockoutEnd is { } end && end > clock.GetUtcNow()))
        {
            return null;
        }

        var agency = await accounts.AgencyNameAsync(account.TenantId, cancellationToken) ?? "";
        var roles = await accounts.GetRolesAsync(account.Id, cancellationToken);
        return AccessRules.Scope(account.TenantId, agency, account.Id, account.UserName, roles, account.ClearedForRed);
    }
}
