namespace Enlace.Core.Access;

/// <summary>The signed-in user's roles do not allow what they asked for; the message is fit to show them.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
