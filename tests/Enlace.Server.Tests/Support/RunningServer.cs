using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Enlace.Core.Access;
using Enlace.Server;
using Enlace.Server.Identity;
using Enlace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Enlace.Server.Tests.Support;

/// <summary>`enlace serve` on a real Kestrel port of 127.0.0.1 over a real, empty database of one engine.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string Password = "Correct-Horse-42";

    private RunningServer(TestDatabase db, WebApplication app, Uri address)
    {
        Db = db;
        App = app;
        Address = address;
    }

    public TestDatabase Db { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<RunningServer> StartAsync(Engine engine, Func<ServerOptions, ServerOptions>? configure = null)
    {
        var db = await TestDatabase.CreateAsync(engine);
        var options = new ServerOptions(db.Db, "http://127.0.0.1:0", LoginAttemptsPerMinute: 10_000);
        var app = await EnlaceServer.BuildAsync(configure is null ? options : configure(options));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(db, app, new Uri(address));
    }

    /// <summary>Creates an account the way `enlace users add` does.</summary>
    public async Task<UserAccount> AddUserAsync(string agency, string name, Role role, bool clearedForRed = false)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().CreateAsync(agency, name, [role], Password, clearedForRed);
        return created.Account;
    }

    /// <summary>The refresh token of each user's latest sign-in.</summary>
    public Dictionary<string, string> RefreshTokens { get; } = new(StringComparer.Ordinal);

    public HttpClient Anonymous() => new() { BaseAddress = Address };

    /// <summary>A client that signed in with a bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string name, string password = Password)
    {
        var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/account/login", new { userName = name, password });
        Assert.True(response.IsSuccessStatusCode, $"{name} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        RefreshTokens[name] = token.RootElement.GetProperty("refreshToken").GetString() ?? "";
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
