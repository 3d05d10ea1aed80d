namespace Enlace.Server.Contracts;

/// <summary>An account of the caller's agency.</summary>
public sealed record UserItem(Guid Id, string UserName, string Agency, IReadOnlyList<string> Roles, bool ClearedForRed, bool LockedOut);
