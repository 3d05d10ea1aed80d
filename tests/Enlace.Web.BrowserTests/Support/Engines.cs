using Enlace.Testing;

namespace Enlace.Web.BrowserTests.Support;

/// <summary>One running server per storage engine, started on first use and shared by the tests of a run.</summary>
public sealed class Engines : IAsyncDisposable
{
    private readonly Dictionary<Engine, Task<UiServer>> _servers = [];
    private readonly Lock _lock = new();

    public Task<UiServer> For(Engine engine)
    {
        lock (_lock)
        {
            if (!_servers.TryGetValue(engine, out var server))
            {
                server = UiServer.StartAsync(engine);
                _servers[engine] = server;
            }

            return server;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await (await server).DisposeAsync();
        }
    }
}
