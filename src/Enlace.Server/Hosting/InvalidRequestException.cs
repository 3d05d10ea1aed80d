namespace Enlace.Server.Hosting;

/// <summary>The caller asked for something malformed or impossible; the message says what, and becomes a 400 problem.</summary>
public sealed class InvalidRequestException(string message, int statusCode = 400) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
