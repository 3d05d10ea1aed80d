namespace Enlace.Server.Contracts;

/// <summary>The refreshToken a sign-in returned.</summary>
public sealed record RefreshRequest(string RefreshToken);
