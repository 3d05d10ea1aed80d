using Enlace.Core.Access;

namespace Enlace.Storage.Access;

/// <summary>One source as the statements a scope may read cite it, with how many statements and reports do.</summary>
public sealed record CitedSource(string Name, int Statements, int Documents);

/// <summary>
/// The sources the statements a scope may read cite, named as briefs name them: whom a report attributes a statement
/// to, else the report (its title, else its file name), else the statement's author. The tenant and the clearance are
/// in the SQL, so a source only cited above the reader's marking is never listed.
/// </summary>
public sealed class ClearedSources(SqlStore store)
{
    private const string Name =
        "COALESCE(NULLIF(s.asserted_by, ''), CASE WHEN d.id IS NULL THEN NULL ELSE COALESCE(NULLIF(TRIM(d.title), ''), d.file_name) END, s.author)";

    public async Task<IReadOnlyList<CitedSource>> CitedAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.Can(Permission.Read) || scope.Clearance is not { } ceiling)
        {
            return [];
        }

        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {Name} AS source, COUNT(*), COUNT(DISTINCT s.document_id) FROM statements s " +
            "LEFT JOIN documents d ON d.id = s.document_id AND d.tenant_id = @tenant AND d.tlp <= @ceiling " +
            "WHERE s.tenant_id = @tenant AND s.tlp <= @ceiling GROUP BY 1";
        command.AddParameter("tenant", scope.TenantId);
        command.AddParameter("ceiling", (short)ceiling);
        var cited = new List<CitedSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cited.Add(new CitedSource(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return cited;
    }
}
