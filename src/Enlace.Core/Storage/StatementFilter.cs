namespace Enlace.Core.Storage;

/// <summary>Which statements to read; unset fields do not filter. Results come oldest first.</summary>
public sealed record StatementFilter(Guid? DocumentId = null, Guid? SubjectId = null, string? Property = null, int Limit = 1000);
