namespace Enlace.Server.Access;

/// <summary>
/// No such item for this caller: it does not exist, belongs to another agency, or is marked above their clearance.
/// The three are indistinguishable on purpose, so a refusal never confirms that something exists.
/// </summary>
public sealed class NotVisibleException(string what) : Exception($"no {what} with this id");
