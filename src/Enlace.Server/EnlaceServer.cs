using Enlace.Server.Hosting;
using Enlace.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Enlace.Server;

/// <summary>Builds the `enlace serve` host: the REST API over one store, signed-in users only, on real Kestrel.</summary>
public static class EnlaceServer
{
    /// <summary>Opens and migrates the store, then builds the host; the store is closed when the host is disposed.</summary>
    /// <exception cref="StoreUnavailableException">The database cannot be opened or migrated.</exception>
    public static async Task<WebApplication> BuildAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        var store = await StoreFactory.OpenAsync(options.Db, cancellationToken);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(EnlaceServer).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + ServerServices.UploadOverhead);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Services.AddEnlaceServer(store, options);
        return builder.Build().UseEnlaceServer();
    }
}
