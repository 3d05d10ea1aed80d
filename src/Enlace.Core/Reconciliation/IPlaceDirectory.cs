namespace Enlace.Core.Reconciliation;

/// <summary>
/// Looks up place names (a gazetteer, in production), so that event grouping can tell a shared district from a shared
/// country. The seam exists because Core carries no gazetteer of its own.
/// </summary>
public interface IPlaceDirectory
{
    /// <summary>What is known about the place of this name, or null when it is not known.</summary>
    PlaceInfo? Find(string name);
}
