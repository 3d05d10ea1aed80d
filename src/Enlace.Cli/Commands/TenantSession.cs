using System.CommandLine;
using Enlace.Storage;

namespace Enlace.Cli.Commands;

/// <summary>The store a command works on and the tenant it works for, opened from the global options.</summary>
internal sealed class TenantSession(SqlStore store, Guid tenantId) : IAsyncDisposable
{
    public SqlStore Store { get; } = store;

    public Guid TenantId { get; } = tenantId;

    /// <summary>Opens the store named by --db for the --tenant, or prints why not and returns null.</summary>
    public static async Task<TenantSession?> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = await StoreOpener.OpenAsync(GlobalOptions.ResolveDb(parse), cancellationToken);
        if (store is null)
        {
            return null;
        }

        var tenant = await store.EnsureTenantAsync(parse.GetValue(GlobalOptions.Tenant) ?? Ingest.IngestOptions.DefaultTenant, cancellationToken);
        return new TenantSession(store, tenant);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
