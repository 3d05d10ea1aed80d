namespace Enlace.Server.Tests.Support;

/// <summary>How a refused caller is refused.</summary>
public enum Expect
{
    /// <summary>401: not signed in.</summary>
    Unauthorized,

    /// <summary>403: signed in, but the roles do not allow the action.</summary>
    Forbidden,

    /// <summary>404: the item is not there for this caller.</summary>
    NotFound,

    /// <summary>2xx, but nothing of the other agency's (or above the caller's clearance) in the body.</summary>
    Hidden,

    /// <summary>No refusal applies, for the stated reason.</summary>
    NotApplicable,
}
