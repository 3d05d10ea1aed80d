namespace Enlace.Storage;

/// <summary>The database could not be opened or migrated; the message is fit to show the user.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
