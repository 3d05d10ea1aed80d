using Enlace.Core.Access;
using Enlace.Server.Hosting;
using Enlace.Storage;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enlace.Server.Identity;

/// <summary>
/// Creating and listing accounts, for `enlace users` and for administrators through the API. There is no default
/// account and no default password: the first administrator is made from the command line.
/// </summary>
public sealed class AccountAdministration(SqlStore store, AccountStore accounts, UserManager<UserAccount> users)
{
    /// <summary>The framework's identity services over <paramref name="store"/>, for use outside the server.</summary>
    public static ServiceProvider Services(SqlStore store)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(store);
        services.AddSingleton<AccountStore>();
        services.AddScoped<AccountAdministration>();
        services.AddEnlaceIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>Creates an account in <paramref name="agency"/> (made if new); without a password, one is generated.</summary>
    /// <exception cref="InvalidRequestException">The name is taken or invalid, a role is unknown, or the password too weak.</exception>
    public async Task<NewAccount> CreateAsync(string agency, string userName, IReadOnlyCollection<Role> roles, string? password, bool clearedForRed, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            throw new InvalidRequestException("an account needs an agency");
        }

        if (roles.Count == 0)
        {
            throw new InvalidRequestException($"an account needs at least one role: {string.Join(", ", RoleNames.All)}");
        }

        if (clearedForRed && !roles.Any(r => AccessRules.For(r).MayBeClearedForRed))
        {
            throw new InvalidRequestException("only an analyst or a commander may be cleared for TLP:RED");
        }

        var tenant = await store.EnsureTenantAsync(agency.Trim(), cancellationToken);
        var account = new UserAccount { TenantId = tenant, UserName = userName.Trim(), ClearedForRed = clearedForRed };
        var generated = password is null ? GeneratedPassword.Create() : null;
        Check(await users.CreateAsync(account, password ?? generated!));
        foreach (var role in roles.Distinct())
        {
            Check(await users.AddToRoleAsync(account, role.ToName()));
        }

        return new NewAccount(account, agency.Trim(), [.. roles.Distinct().Order()], generated);
    }

    /// <summary>
    /// Gives <paramref name="userName"/> a new generated password, to be shown once, lifts any lockout, and ends their sessions and
    /// tokens (the security stamp changes with the password). Null when there is no such account.
    /// </summary>
    public async Task<string?> ResetPasswordAsync(string userName, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var account = await users.FindByNameAsync(userName.Trim());
        if (account is null)
        {
            return null;
        }

        var password = GeneratedPassword.Create();
        Check(await users.RemovePasswordAsync(account));
        Check(await users.AddPasswordAsync(account, password));
        Check(await users.SetLockoutEndDateAsync(account, null));
        Check(await users.ResetAccessFailedCountAsync(account));
        return password;
    }

    /// <summary>Accounts with their agency and roles; only <paramref name="tenantId"/>'s when given.</summary>
    public async Task<IReadOnlyList<(UserAccount Account, string Agency, IReadOnlyList<Role> Roles)>> ListAsync(Guid? tenantId, CancellationToken cancellationToken = default)
    {
        var agencies = await accounts.AgenciesAsync(cancellationToken);
        var list = new List<(UserAccount, string, IReadOnlyList<Role>)>();
        foreach (var account in await accounts.ListAsync(tenantId, cancellationToken))
        {
            list.Add((account, agencies.GetValueOrDefault(account.TenantId, "?"), await accounts.GetRolesAsync(account.Id, cancellationToken)));
        }

        return list;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidRequestException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
