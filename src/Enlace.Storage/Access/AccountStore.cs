using System.Data.Common;
using Enlace.Core.Access;

namespace Enlace.Storage.Access;

/// <summary>
/// Agencies' accounts and their roles. User names are unique across the whole instance, so signing in needs no agency;
/// every account belongs to exactly one agency (tenant).
/// </summary>
public sealed class AccountStore(SqlStore store)
{
    private const string Columns =
        "u.id, u.tenant_id, u.user_name, u.normalized_user_name, u.password_hash, u.security_stamp, u.concurrency_stamp, " +
        "u.lockout_enabled, u.lockout_end, u.access_failed_count, u.cleared_for_red, u.created_at";

    /// <summary>Stores a new account with its roles in one transaction; false when the name is taken.</summary>
    public async Task<bool> CreateAsync(UserAccount account, IReadOnlyCollection<Role> roles, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO users (id, tenant_id, user_name, normalized_user_name, password_hash, security_stamp, concurrency_stamp, " +
                "lockout_enabled, lockout_end, access_failed_count, cleared_for_red, created_at) VALUES (@id, @tenant, @name, @normalized, " +
                "@hash, @stamp, @concurrency, @lockout_enabled, @lockout_end, @failed, @red, @at) ON CONFLICT (normalized_user_name) DO NOTHING";
            Bind(insert, account);
            insert.AddParameter("at", store.TimestampArgument(account.CreatedAt));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        foreach (var role in roles.Distinct())
        {
            await AddRoleAsync(connection, transaction, account.Id, role, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Saves a changed account unless someone else saved it since it was read; false on such a conflict.</summary>
    public async Task<bool> UpdateAsync(UserAccount account, CancellationToken cancellationToken = default)
    {
        var expected = account.ConcurrencyStamp;
        account.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var update = connection.CreateCommand();
        update.CommandText =
            "UPDATE users SET tenant_id = @tenant, user_name = @name, normalized_user_name = @normalized, password_hash = @hash, " +
            "security_stamp = @stamp, concurrency_stamp = @concurrency, lockout_enabled = @lockout_enabled, lockout_end = @lockout_end, " +
            "access_failed_count = @failed, cleared_for_red = @red WHERE id = @id AND concurrency_stamp = @expected";
        Bind(update, account);
        update.AddParameter("expected", expected);
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return true;
        }

        account.ConcurrencyStamp = expected;
        return false;
    }

    public async Task DeleteAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in new[] { "DELETE FROM user_roles WHERE user_id = @id", "DELETE FROM users WHERE id = @id" })
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = sql;
            delete.AddParameter("id", userId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<UserAccount?> FindByIdAsync(Guid userId, CancellationToken cancellationToken = default) =>
        First(await QueryAsync("u.id = @id", c => c.AddParameter("id", userId), cancellationToken));

    public async Task<UserAccount?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default) =>
        First(await QueryAsync("u.normalized_user_name = @normalized", c => c.AddParameter("normalized", normalizedUserName), cancellationToken));

    /// <summary>The agency's accounts by name; with no agency, every account.</summary>
    public Task<IReadOnlyList<UserAccount>> ListAsync(Guid? tenantId, CancellationToken cancellationToken = default) =>
        tenantId is { } tenant
            ? QueryAsync("u.tenant_id = @tenant", c => c.AddParameter("tenant", tenant), cancellationToken)
            : QueryAsync("1 = 1", _ => { }, cancellationToken);

    public async Task<IReadOnlyList<Role>> GetRolesAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT role FROM user_roles WHERE user_id = @id ORDER BY role";
        command.AddParameter("id", userId);
        var roles = new List<Role>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (RoleNames.TryParse(reader.GetString(0), out var role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }

    public async Task AddRoleAsync(Guid userId, Role role, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await AddRoleAsync(connection, null, userId, role, cancellationToken);
    }

    public async Task RemoveRoleAsync(Guid userId, Role role, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM user_roles WHERE user_id = @id AND role = @role";
        command.AddParameter("id", userId);
        command.AddParameter("role", role.ToName());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<UserAccount>> ListInRoleAsync(Role role, CancellationToken cancellationToken = default) =>
        QueryAsync("u.id IN (SELECT user_id FROM user_roles WHERE role = @role)", c => c.AddParameter("role", role.ToName()), cancellationToken);

    /// <summary>The name of an agency, or null if there is none with this id.</summary>
    public async Task<string?> AgencyNameAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM tenants WHERE id = @id";
        command.AddParameter("id", tenantId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Every agency's id and name, by name.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> AgenciesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name FROM tenants ORDER BY name";
        var agencies = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            agencies[reader.GetGuid(0)] = reader.GetString(1);
        }

        return agencies;
    }

    private static UserAccount? First(IReadOnlyList<UserAccount> accounts) => accounts.Count > 0 ? accounts[0] : null;

    private static async Task AddRoleAsync(DbConnection connection, DbTransaction? transaction, Guid userId, Role role, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO user_roles (user_id, role) VALUES (@id, @role) ON CONFLICT (user_id, role) DO NOTHING";
        command.AddParameter("id", userId);
        command.AddParameter("role", role.ToName());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Bind(DbCommand command, UserAccount account)
    {
        command.AddParameter("id", account.Id);
        command.AddParameter("tenant", account.TenantId);
        command.AddParameter("name", account.UserName);
        command.AddParameter("normalized", account.NormalizedUserName);
        command.AddParameter("hash", account.PasswordHash);
        command.AddParameter("stamp", account.SecurityStamp);
        command.AddParameter("concurrency", account.ConcurrencyStamp);
        command.AddParameter("lockout_enabled", account.LockoutEnabled);
        command.AddParameter("lockout_end", account.LockoutEnd is { } end ? store.TimestampArgument(end) : null);
        command.AddParameter("failed", account.AccessFailedCount);
        command.AddParameter("red", account.ClearedForRed);
    }

    private async Task<IReadOnlyList<UserAccount>> QueryAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM users u WHERE {where} ORDER BY u.user_name";
        bind(command);
        var accounts = new List<UserAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new UserAccount
            {
                Id = reader.GetGuid(0),
                TenantId = reader.GetGuid(1),
                UserName = reader.GetString(2),
                NormalizedUserName = reader.GetString(3),
                PasswordHash = reader.GetNullable<string>(4),
                SecurityStamp = reader.GetString(5),
                ConcurrencyStamp = reader.GetString(6),
                LockoutEnabled = reader.GetBoolean(7),
                LockoutEnd = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                AccessFailedCount = reader.GetInt32(9),
                ClearedForRed = reader.GetBoolean(10),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(11),
            });
        }

        return accounts;
    }
}
