namespace Enlace.Server.Contracts;

/// <summary>A user name and password.</summary>
public sealed record SignInRequest(string UserName, string Password);
