using Enlace.Core.Access;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Identity;

namespace Enlace.Server.Identity;

/// <summary>
/// The framework's user, password, role, lockout and security-stamp stores over our own accounts tables, so that
/// <see cref="UserManager{TUser}"/> and <see cref="SignInManager{TUser}"/> hash passwords, count failures and lock out
/// as they do everywhere, without an ORM.
/// </summary>
public sealed class AccountUserStore(AccountStore accounts) :
    IUserPasswordStore<UserAccount>,
    IUserRoleStore<UserAccount>,
    IUserLockoutStore<UserAccount>,
    IUserSecurityStampStore<UserAccount>
{
    public Task<string> GetUserIdAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(UserAccount user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(UserAccount user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public async Task<IdentityResult> CreateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        if (user.TenantId == Guid.Empty)
        {
            return IdentityResult.Failed(new IdentityError { Code = "NoAgency", Description = "every account belongs to an agency" });
        }

        return await accounts.CreateAsync(user, [], cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = $"the user name {user.UserName} is taken" });
    }

    public async Task<IdentityResult> UpdateAsync(UserAccount user, CancellationToken cancellationToken) =>
        await accounts.UpdateAsync(user, cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());

    public async Task<IdentityResult> DeleteAsync(UserAccount user, CancellationToken cancellationToken)
    {
        await accounts.DeleteAsync(user.Id, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<UserAccount?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? await accounts.FindByIdAsync(id, cancellationToken) : null;

    public Task<UserAccount?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        accounts.FindByNameAsync(normalizedUserName, cancellationToken);

    public Task SetPasswordHashAsync(UserAccount user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task AddToRoleAsync(UserAccount user, string roleName, CancellationToken cancellationToken) =>
        accounts.AddRoleAsync(user.Id, ParseRole(roleName), cancellationToken);

    public Task RemoveFromRoleAsync(UserAccount user, string roleName, CancellationToken cancellationToken) =>
        accounts.RemoveRoleAsync(user.Id, ParseRole(roleName), cancellationToken);

    public async Task<IList<string>> GetRolesAsync(UserAccount user, CancellationToken cancellationToken) =>
        [.. (await accounts.GetRolesAsync(user.Id, cancellationToken)).Select(r => r.ToName())];

    public async Task<bool> IsInRoleAsync(UserAccount user, string roleName, CancellationToken cancellationToken) =>
        RoleNames.TryParse(roleName, out var role) && (await accounts.GetRolesAsync(user.Id, cancellationToken)).Contains(role);

    public async Task<IList<UserAccount>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        RoleNames.TryParse(roleName, out var role) ? [.. await accounts.ListInRoleAsync(role, cancellationToken)] : [];

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(UserAccount user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(UserAccount user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(UserAccount user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task SetSecurityStampAsync(UserAccount user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public void Dispose()
    {
    }

    private static Role ParseRole(string name) =>
        RoleNames.TryParse(name, out var role) ? role : throw new ArgumentException($"no role is called {name}; roles are {string.Join(", ", RoleNames.All)}", nameof(name));
}
