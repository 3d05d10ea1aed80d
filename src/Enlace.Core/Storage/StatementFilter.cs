namespace Enlace.Core.Storage;

/// <summary>Which statements to read; unset fields do not filter. Results come oldest first.</summary>
/// <param name="SubjectKind">Only statements about entities of this kind (events, say).</param>
public sealed record StatementFilter(
    Guid? DocumentId = null,
    Guid? SubjectId = null,
    string? Property = null,
    int Limit = 1000,
    Entities.EntityKind? SubjectKind = null);
