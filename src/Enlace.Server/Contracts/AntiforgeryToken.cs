namespace Enlace.Server.Contracts;

/// <summary>The token a cookie-signed-in client sends in <paramref name="HeaderName"/> with every change.</summary>
public sealed record AntiforgeryToken(string HeaderName, string Token);
