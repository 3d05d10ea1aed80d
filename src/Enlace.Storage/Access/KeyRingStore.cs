namespace Enlace.Storage.Access;

/// <summary>
/// The XML keys that protect sign-in cookies and bearer tokens, kept in the database so that they survive restarts
/// and are shared by every server process on the same store.
/// </summary>
public sealed class KeyRingStore(SqlStore store)
{
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys ORDER BY created_at, name";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task AddAsync(string name, string xml, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING";
        command.AddParameter("name", name);
        command.AddParameter("xml", xml);
        command.AddParameter("at", store.TimestampArgument(DateTimeOffset.UtcNow));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
