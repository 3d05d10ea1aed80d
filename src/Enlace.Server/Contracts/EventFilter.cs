namespace Enlace.Server.Contracts;

/// <summary>Narrows the list of events: by an entity taking part, a place, or days overlapping a range.</summary>
public sealed record EventFilter(Guid? Entity = null, Guid? Place = null, DateOnly? From = null, DateOnly? To = null);
