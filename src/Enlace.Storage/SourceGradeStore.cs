using Enlace.Core.Grading;
using Enlace.Core.Sources;

namespace Enlace.Storage;

/// <summary>
/// The agency's source grades in the store: added, never changed (the table refuses UPDATE and DELETE), and read back
/// per tenant in the order they were given.
/// </summary>
public sealed class SourceGradeStore(SqlStore store)
{
    public async Task AddAsync(SourceGrade grade, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentException.ThrowIfNullOrWhiteSpace(grade.Reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(grade.Source);
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO source_grades (id, tenant_id, source_key, source, reliability, reason, graded_by, graded_at) " +
            "VALUES (@id, @tenant, @key, @source, @reliability, @reason, @by, @at)";
        command.AddParameter("id", grade.Id);
        command.AddParameter("tenant", grade.TenantId);
        command.AddParameter("key", grade.Key);
        command.AddParameter("source", grade.Source);
        command.AddParameter("reliability", grade.Reliability.ToString());
        command.AddParameter("reason", grade.Reason);
        command.AddParameter("by", grade.GradedBy);
        command.AddParameter("at", store.TimestampArgument(grade.GradedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The tenant's grades, oldest first; of one source only when <paramref name="source"/> is given.</summary>
    public async Task<IReadOnlyList<SourceGrade>> ListAsync(Guid tenantId, string? source = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, source, reliability, reason, graded_by, graded_at FROM source_grades WHERE tenant_id = @tenant" +
            (source is null ? "" : " AND source_key = @key") + " ORDER BY graded_at, id";
        command.AddParameter("tenant", tenantId);
        if (source is not null)
        {
            command.AddParameter("key", SourceGrade.KeyOf(source));
        }

        var grades = new List<SourceGrade>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            grades.Add(new SourceGrade(
                reader.GetGuid(0), tenantId, reader.GetString(1), Enum.Parse<SourceReliability>(reader.GetString(2)), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return grades;
    }

    public async Task<SourceGradeBook> BookAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        new(await ListAsync(tenantId, cancellationToken: cancellationToken));
}
