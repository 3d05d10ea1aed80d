namespace Enlace.Server.Contracts;

/// <summary>The account created; <paramref name="GeneratedPassword"/> is shown this once and stored nowhere in clear.</summary>
public sealed record NewUserResponse(UserItem User, string? GeneratedPassword);
