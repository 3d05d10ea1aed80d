using Enlace.Testing;

namespace Enlace.Server.Tests.Support;

/// <summary>One <see cref="TwoAgencies"/> per engine, made on first use and shared by a test class's cases.</summary>
public sealed class WorldPerEngine : IAsyncDisposable
{
    private readonly Dictionary<Engine, Task<TwoAgencies>> _worlds = [];
    private readonly Lock _lock = new();

    public Task<TwoAgencies> For(Engine engine)
    {
        lock (_lock)
        {
            if (!_worlds.TryGetValue(engine, out var world))
            {
                world = TwoAgencies.CreateAsync(engine);
                _worlds[engine] = world;
            }

            return world;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var world in _worlds.Values)
        {
            await (await world).DisposeAsync();
        }
    }
}
