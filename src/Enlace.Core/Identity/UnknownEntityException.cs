namespace Enlace.Core.Identity;

/// <summary>An entity named by id or name that the tenant does not hold, or a name that fits several entities.</summary>
public sealed class UnknownEntityException(string message) : Exception(message);
