using Enlace.Core.Entities;
using Enlace.Core.Markings;

namespace Enlace.Storage.Access;

/// <summary>
/// Filters a reader may put on lists of documents, statements and entities; unset fields do not filter. They narrow
/// what the reader's clearance already allows and can never widen it.
/// </summary>
/// <param name="Entity">Only what mentions this entity (as subject or as value).</param>
/// <param name="Place">Only what happened at or mentions this place: statements about events placed there, documents naming it.</param>
/// <param name="From">With <paramref name="To"/>: documents published, or statements about things dated, within the range.</param>
/// <param name="Tlp">Only items marked exactly at this level.</param>
public sealed record KnowledgeFilter(
    Guid? Entity = null,
    Guid? Place = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Tlp? Tlp = null,
    Guid? Document = null,
    string? Property = null,
    EntityKind? Kind = null,
    Guid? Subject = null);
