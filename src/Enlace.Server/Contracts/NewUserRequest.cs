namespace Enlace.Server.Contracts;

/// <summary>An account to create in the administrator's own agency; without a password one is generated and returned once.</summary>
public sealed record NewUserRequest(string UserName, IReadOnlyList<string> Roles, string? Password = null, bool ClearedForRed = false);
