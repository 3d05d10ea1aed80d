using Enlace.Testing;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Tests.Support;

/// <summary>Every route the server maps, read from its own endpoint list, as "METHOD /pattern".</summary>
public static class ServerEndpoints
{
    private static readonly Lazy<IReadOnlyList<string>> Keys = new(Read);

    public static IReadOnlyList<string> All => Keys.Value;

    private static IReadOnlyList<string> Read()
    {
        var folder = Directory.CreateTempSubdirectory("enlace-endpoints-").FullName;
        try
        {
            var app = EnlaceServer.BuildAsync(new ServerOptions(Path.Combine(folder, "enlace.db"), "http://127.0.0.1:0")).GetAwaiter().GetResult();
            try
            {
                return [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints)
                    .OfType<RouteEndpoint>()
                    .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
                    .Distinct()
                    .Order(StringComparer.Ordinal)];
            }
            finally
            {
                app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<Engine, string> PerEngine()
    {
        var data = new TheoryData<Engine, string>();
        foreach (var engine in Enum.GetValues<Engine>())
        {
            foreach (var key in All)
            {
                data.Add(engine, key);
            }
        }

        return data;
    }
}
