namespace Enlace.Core.Access;

/// <summary>
/// A person's account in one agency. Unlike the domain's records this is mutable on purpose: it is the sign-in state
/// (password hash, failed attempts, lockout, security stamp) that the sign-in machinery changes and then saves.
/// </summary>
public sealed class UserAccount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    /// <summary>An administrator cleared this person for TLP:RED; it counts only in a role that may be cleared.</summary>
    public bool ClearedForRed { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
