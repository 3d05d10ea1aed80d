using System.Net;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>
/// For every endpoint the server maps (read from its own endpoint list), on both engines: an anonymous caller, a user
/// of another agency and a user whose role or clearance does not allow it are each refused, and a user who may is served.
/// </summary>
public sealed class EndpointAccessTests(WorldPerEngine worlds) : IClassFixture<WorldPerEngine>
{
    public static TheoryData<Engine, string> Endpoints() => ServerEndpoints.PerEngine();

    [Fact]
    public void Every_declared_access_case_names_an_endpoint_the_server_maps()
    {
        var stale = EndpointAccessCases.All.Keys.Except(ServerEndpoints.All).ToList();

        Assert.True(stale.Count == 0, "access cases for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task Each_endpoint_refuses_strangers_other_agencies_and_uncleared_roles_and_serves_who_may(Engine engine, string endpoint)
    {
        Assert.True(EndpointAccessCases.All.TryGetValue(endpoint, out var access), $"no access case declared for {endpoint}; add one to EndpointAccessCases");
        var world = await worlds.For(engine);

        var (allowed, allowedBody, _) = await SendAsync(world, access.Allowed, access);
        Assert.True((int)allowed is >= 200 and < 300, $"{access.Allowed} should be served by {endpoint} but got {(int)allowed}: {allowedBody}");

        if (access.PublicBecause is null)
        {
            var (anonymous, anonymousBody, landedOn) = await SendAsync(world, "anonymous", access);
            if (access.AnonymousSignsIn)
            {
                Assert.True(anonymous == HttpStatusCode.OK && landedOn == "/signin", $"anonymous {endpoint}: expected the sign-in page, got {(int)anonymous} at {landedOn}");
            }
            else
            {
                Assert.True(anonymous == HttpStatusCode.Unauthorized, $"anonymous {endpoint}: expected 401, got {(int)anonymous}: {anonymousBody}");
            }

            Assert.DoesNotContain(world.NorthSecrets, secret => anonymousBody.Contains(secret, StringComparison.Ordinal));
        }

        await CheckAsync(world, endpoint, access, access.OtherAgency);
        await CheckAsync(world, endpoint, access, access.RoleOrMarking);
    }

    private static async Task CheckAsync(TwoAgencies world, string endpoint, AccessCase access, Refusal refusal)
    {
        if (refusal.Expect == Expect.NotApplicable)
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal.Why), $"{endpoint}: a refusal that does not apply must say why");
            return;
        }

        var (status, body, _) = await SendAsync(world, refusal.User, access);
        var code = (int)status;

        // A page names the signed-in caller; their own name is not a leak.
        var others = body.Replace(refusal.User, "", StringComparison.Ordinal);
        var leaked = world.NorthSecrets.Where(secret => others.Contains(secret, StringComparison.Ordinal)).ToList();
        switch (refusal.Expect)
        {
            case Expect.Hidden:
                Assert.True(code is >= 200 and < 300, $"{refusal.User} {endpoint}: expected a response without north's data, got {code}: {body}");
                break;
            case Expect.NotFound:
                Assert.True(status == HttpStatusCode.NotFound, $"{refusal.User} {endpoint}: expected 404, got {code}: {body}");
                break;
            case Expect.Forbidden:
                Assert.True(status == HttpStatusCode.Forbidden, $"{refusal.User} {endpoint}: expected 403, got {code}: {body}");
                break;
            default:
                Assert.Fail($"{endpoint}: unexpected expectation {refusal.Expect}");
                break;
        }

        Assert.True(leaked.Count == 0, $"{refusal.User} {endpoint} received north's {string.Join(", ", leaked)}: …{Around(others, leaked.FirstOrDefault())}…");
    }

    private static string Around(string body, string? secret)
    {
        var at = secret is null ? -1 : body.IndexOf(secret, StringComparison.Ordinal);
        return at < 0 ? "" : body[Math.Max(0, at - 120)..Math.Min(body.Length, at + secret!.Length + 40)];
    }

    // Redirects are followed, as a browser would: the path the answer came from says where a caller was sent.
    private static async Task<(HttpStatusCode Status, string Body, string? LandedOn)> SendAsync(TwoAgencies world, string user, AccessCase access)
    {
        if (access.Before is { } before)
        {
            await before(world);
        }

        using var request = access.Request(world);
        using var response = await world[user].SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri?.AbsolutePath);
    }
}
