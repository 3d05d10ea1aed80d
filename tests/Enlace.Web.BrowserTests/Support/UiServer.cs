using Enlace.Core.Access;
using Enlace.Server;
using Enlace.Server.Identity;
using Enlace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Enlace.Web.BrowserTests.Support;

/// <summary>`enlace serve` on a free Kestrel port of 127.0.0.1 over a real, empty database of one engine.</summary>
public sealed class UiServer : IAsyncDisposable
{
    public const string Password = "Correct-Horse-42";

    private UiServer(TestDatabase db, WebApplication app, Uri address)
    {
        Db = db;
        App = app;
        Address = address;
    }

    public TestDatabase Db { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<UiServer> StartAsync(Engine engine)
    {
        var db = await TestDatabase.CreateAsync(engine);
        var app = await EnlaceServer.BuildAsync(new ServerOptions(db.Db, "http://127.0.0.1:0", LoginAttemptsPerMinute: 10_000, MaxFailedSignIns: 3));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new UiServer(db, app, new Uri(address));
    }

    /// <summary>Creates an account the way `enlace users add` does; names carry a fresh suffix so tests never share one.</summary>
    public async Task<string> AddUserAsync(string agency, string name, Role role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().CreateAsync(agency, name, [role], Password, clearedForRed: false);
        return created.Account.UserName;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
