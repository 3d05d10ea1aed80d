using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enlace.Core.Access;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>Passwords, lockout, the sign-in rate limit, cookies with antiforgery, and accounts that change under a token.</summary>
public sealed class SignInTests
{
    [Theory, AllEngines]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        await server.AddUserAsync("north", "target", Role.Analyst);
        using var client = server.Anonymous();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/account/login", new { userName = "target", password = $"Wrong-Guess-{i:00}" });
            Assert.True(wrong.StatusCode is HttpStatusCode.Unauthorized or (HttpStatusCode)423, $"attempt {i}: {(int)wrong.StatusCode}");
        }

        using var right = await client.PostAsJsonAsync("/api/account/login", new { userName = "target", password = RunningServer.Password });

        await ApiBehaviourTests.AssertProblemAsync(right, (HttpStatusCode)423, "locked");
    }

    [Theory, AllEngines]
    public async Task An_address_that_tries_too_often_is_turned_away_before_the_password_is_checked(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine, options => options with { LoginAttemptsPerMinute = 3 });
        await server.AddUserAsync("north", "someone", Role.Viewer);
        using var client = server.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "someone", password = RunningServer.Password });
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                await ApiBehaviourTests.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory, AllEngines]
    public async Task A_cookie_session_reads_freely_but_changes_only_with_the_antiforgery_token(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        await server.AddUserAsync("north", "cookie-analyst", Role.Analyst);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.Address };
        using (var signIn = await client.PostAsJsonAsync("/api/account/login?useCookies=true", new { userName = "cookie-analyst", password = RunningServer.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("enlace=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        }

        var me = await TwoAgencies.GetJsonAsync(client, "/api/account/me");
        using var forged = await client.PostAsync("/api/events/grouping", null);
        var token = await TwoAgencies.GetJsonAsync(client, "/api/account/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/grouping");
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        using var genuine = await client.SendAsync(request);

        Assert.Equal("north", me.GetProperty("agency").GetString());
        await ApiBehaviourTests.AssertProblemAsync(forged, HttpStatusCode.BadRequest, "antiforgery");
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Theory, AllEngines]
    public async Task A_token_stops_working_when_its_account_is_locked_or_loses_its_role(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        var account = await server.AddUserAsync("north", "leaver", Role.Analyst);
        using var client = await server.SignInAsync("leaver");
        var accounts = new Storage.Access.AccountStore(server.Db.Store);

        using var before = await client.GetAsync("/api/documents");
        await accounts.RemoveRoleAsync(account.Id, Role.Analyst);
        await accounts.AddRoleAsync(account.Id, Role.Viewer);
        using var demoted = await client.PostAsync("/api/events/grouping", null);
        var current = await accounts.FindByIdAsync(account.Id) ?? throw new InvalidOperationException();
        current.LockoutEnd = DateTimeOffset.UtcNow.AddHours(1);
        Assert.True(await accounts.UpdateAsync(current));
        using var locked = await client.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await ApiBehaviourTests.AssertProblemAsync(demoted, HttpStatusCode.Forbidden);
        await ApiBehaviourTests.AssertProblemAsync(locked, HttpStatusCode.Unauthorized);
    }

    [Theory, AllEngines]
    public async Task Sign_in_keys_are_kept_in_the_database_so_a_token_survives_a_restart(Engine engine)
    {
        await using var first = await RunningServer.StartAsync(engine);
        await first.AddUserAsync("north", "night-shift", Role.Viewer);
        using var client = await first.SignInAsync("night-shift");
        var token = client.DefaultRequestHeaders.Authorization;

        await using var second = await EnlaceServerOn(first.Db.Db);
        using var again = new HttpClient { BaseAddress = second.Address };
        again.DefaultRequestHeaders.Authorization = token;
        var me = await TwoAgencies.GetJsonAsync(again, "/api/account/me");

        Assert.Equal("night-shift", me.GetProperty("userName").GetString());
    }

    [Theory, AllEngines]
    public async Task A_refresh_token_buys_a_new_token_until_the_password_changes(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        var account = await server.AddUserAsync("north", "long-shift", Role.Viewer);
        using (await server.SignInAsync("long-shift"))
        {
        }

        using var client = server.Anonymous();
        using var refreshed = await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = server.RefreshTokens["long-shift"] });
        using var body = JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync());
        using var withNewToken = new HttpClient { BaseAddress = server.Address };
        withNewToken.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        var me = await TwoAgencies.GetJsonAsync(withNewToken, "/api/account/me");
        using var forged = await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = "CfDJ8-made-up" });
        var accounts = new Storage.Access.AccountStore(server.Db.Store);
        var current = await accounts.FindByIdAsync(account.Id) ?? throw new InvalidOperationException();
        current.SecurityStamp = Guid.NewGuid().ToString("N");
        Assert.True(await accounts.UpdateAsync(current));
        using var stale = await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = server.RefreshTokens["long-shift"] });
        using var oldAccessToken = await withNewToken.GetAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal("long-shift", me.GetProperty("userName").GetString());
        await ApiBehaviourTests.AssertProblemAsync(forged, HttpStatusCode.Unauthorized);
        await ApiBehaviourTests.AssertProblemAsync(stale, HttpStatusCode.Unauthorized);
        await ApiBehaviourTests.AssertProblemAsync(oldAccessToken, HttpStatusCode.Unauthorized);
    }

    [Theory, AllEngines]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        await server.AddUserAsync("north", "known", Role.Viewer);
        using var client = server.Anonymous();

        using var wrong = await client.PostAsJsonAsync("/api/account/login", new { userName = "known", password = "Not-The-Password-1" });
        using var unknown = await client.PostAsJsonAsync("/api/account/login", new { userName = "nobody", password = "Not-The-Password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        using var a = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("detail").GetString(), b.RootElement.GetProperty("detail").GetString());
    }

    // A second server process on the same database, as after a restart.
    private static async Task<SecondServer> EnlaceServerOn(string db)
    {
        var app = await EnlaceServer.BuildAsync(new ServerOptions(db, "http://127.0.0.1:0"));
        await app.StartAsync();
        var address = app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) is Microsoft.AspNetCore.Hosting.Server.IServer s
            ? s.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException();
        return new SecondServer(app, new Uri(address));
    }

    private sealed record SecondServer(Microsoft.AspNetCore.Builder.WebApplication App, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
