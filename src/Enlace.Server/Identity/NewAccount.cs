using Enlace.Core.Access;

namespace Enlace.Server.Identity;

/// <summary>An account just created; <paramref name="GeneratedPassword"/> is set only when the password was made up, to be shown once.</summary>
public sealed record NewAccount(UserAccount Account, string Agency, IReadOnlyList<Role> Roles, string? GeneratedPassword);
