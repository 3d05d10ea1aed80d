using System.Net.Http.Json;
using System.Text;
using Enlace.Server.Tests.Support;

namespace Enlace.Server.Tests;

/// <summary>
/// The declared access case of every endpoint the server maps. A new endpoint without an entry here fails
/// <see cref="EndpointAccessTests"/>, so none can escape the tenant, role, marking and sign-in checks.
/// </summary>
internal static class EndpointAccessCases
{
    private static readonly Refusal SouthSeesNothing = new("south-analyst", Expect.Hidden);
    private static readonly Refusal SouthFindsNothing = new("south-analyst", Expect.NotFound);
    private static readonly Refusal ViewerSeesNothing = new("north-viewer", Expect.Hidden);
    private static readonly Refusal ViewerFindsNothing = new("north-viewer", Expect.NotFound);
    private static readonly Refusal ViewerMayNotChange = new("north-viewer", Expect.Forbidden);
    private const string NoAgencyData = "answers only about the caller themself, with no agency data";

    public static IReadOnlyDictionary<string, AccessCase> All { get; } = new Dictionary<string, AccessCase>(WebUiAccessCases.All, StringComparer.Ordinal)
    {
        ["GET /api/account/antiforgery"] = new(_ => Get("/api/account/antiforgery"), "north-viewer", new("south-analyst", Expect.Hidden), Refusal.None(NoAgencyData)),
        ["GET /api/account/me"] = new(_ => Get("/api/account/me"), "north-viewer", new("south-analyst", Expect.Hidden), Refusal.None(NoAgencyData)),
        ["POST /api/account/logout"] = new(_ => new HttpRequestMessage(HttpMethod.Post, "/api/account/logout"), "north-viewer", new("south-analyst", Expect.Hidden), Refusal.None(NoAgencyData)),
        ["POST /api/account/login"] = AccessCase.Public(
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { userName = "north-viewer", password = RunningServer.Password }) },
            "signing in is how a caller stops being anonymous"),

        ["POST /api/account/refresh"] = AccessCase.Public(
            w => new HttpRequestMessage(HttpMethod.Post, "/api/account/refresh") { Content = JsonContent.Create(new { refreshToken = w.Server.RefreshTokens["north-viewer"] }) },
            "the refresh token is itself the credential; a stale or forged one gets 401"),

        ["GET /api/documents/"] = new(_ => Get("/api/documents/"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/documents/{id:guid}"] = new(w => Get($"/api/documents/{w.DocumentId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /api/documents/{id:guid}/original"] = new(w => Get($"/api/documents/{w.DocumentId}/original"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["POST /api/documents/"] = new(_ => Upload(), "north-analyst", SouthSeesNothing, ViewerMayNotChange),

        ["GET /api/statements/"] = new(_ => Get("/api/statements/?limit=500"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/statements/{id:guid}"] = new(w => Get($"/api/statements/{w.StatementId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /api/entities/"] = new(_ => Get("/api/entities/?limit=500"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/entities/{id:guid}"] = new(w => Get($"/api/entities/{w.PlaceId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),

        ["GET /api/events/"] = new(_ => Get("/api/events/?limit=500"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/events/{id:guid}"] = new(w => Get($"/api/events/{w.EventId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["POST /api/events/grouping"] = new(_ => new HttpRequestMessage(HttpMethod.Post, "/api/events/grouping"), "north-analyst", SouthSeesNothing, ViewerMayNotChange),
        ["GET /api/conflicts/"] = new(_ => Get("/api/conflicts/?all=true&limit=500"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/adjudications/"] = new(_ => Get("/api/adjudications/?limit=500"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["POST /api/adjudications/"] = new(
            w => new HttpRequestMessage(HttpMethod.Post, "/api/adjudications/")
            {
                Content = JsonContent.Create(new { conflictKey = w.ConflictKey, chosenStatementId = w.ConflictStatements[^1], reason = "checked again against the prosecutor's file" }),
            },
            "north-analyst", SouthFindsNothing, ViewerMayNotChange),

        ["POST /api/reconciliation"] = new(_ => new HttpRequestMessage(HttpMethod.Post, "/api/reconciliation"), "north-analyst", SouthSeesNothing, ViewerMayNotChange),

        ["GET /api/identities/review"] = new(_ => Get("/api/identities/review?limit=500"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/identities/{id:guid}"] = new(w => Get($"/api/identities/{w.PlaceId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["POST /api/identities/judgements"] = new(
            w => Post("/api/identities/judgements", new { a = w.PlaceId, b = w.OtherPlaceId, verdict = "unsure", reason = "the two reports may name one town twice" }),
            "north-analyst", SouthFindsNothing, ViewerMayNotChange),
        ["POST /api/identities/merge"] = new(
            w => Post("/api/identities/merge", new { a = w.PlaceId, b = w.OtherPlaceId, reason = "one town under two spellings" }),
            "north-analyst", SouthFindsNothing, ViewerMayNotChange),
        ["POST /api/identities/split"] = new(
            w => Post("/api/identities/split", new { entity = w.PlaceId, member = w.OtherPlaceId, reason = "two towns after all" }),
            "north-analyst", SouthFindsNothing, ViewerMayNotChange,
            Before: MergePlacesAsync),

        ["GET /api/search"] = new(_ => Get("/api/search?q=policía&limit=100"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/briefs/events/{id:guid}"] = new(w => Get($"/api/briefs/events/{w.EventId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),

        ["GET /api/sources/"] = new(_ => Get("/api/sources/"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /api/sources/grades"] = new(w => Get("/api/sources/grades?source=" + Uri.EscapeDataString(w.SourceName)), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["POST /api/sources/grades"] = new(
            w => new HttpRequestMessage(HttpMethod.Post, "/api/sources/grades")
            {
                Content = JsonContent.Create(new { source = w.SourceName, reliability = "B", reason = "its figures matched the court file" }),
            },
            "north-analyst", SouthFindsNothing, ViewerMayNotChange),

        ["GET /api/users/"] = new(_ => Get("/api/users/"), "north-admin", new("south-admin", Expect.Hidden), new("north-analyst", Expect.Forbidden)),
        ["POST /api/users/"] = new(
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/users/") { Content = JsonContent.Create(new { userName = "made-" + Guid.NewGuid().ToString("N")[..8], roles = new[] { "viewer" } }) },
            "north-admin", new("south-admin", Expect.Hidden), new("north-analyst", Expect.Forbidden)),

        ["GET /openapi/{documentName}.json"] = AccessCase.Public(_ => Get("/openapi/v1.json"), "the API's shape is published; it holds no agency data"),
        ["GET /scalar/{documentName?}"] = AccessCase.Public(_ => Get("/scalar/"), "the API reference page holds no agency data"),
        ["GET /scalar/scalar.js"] = AccessCase.Public(_ => Get("/scalar/scalar.js"), "a script of the API reference page"),
        ["GET /scalar/scalar.aspnetcore.js"] = AccessCase.Public(_ => Get("/scalar/scalar.aspnetcore.js"), "a script of the API reference page"),
        ["GET /scalar/favicon.svg"] = AccessCase.Public(_ => Get("/scalar/favicon.svg"), "an icon of the API reference page"),
    };

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    // A split needs the two places in one identity first; north's analyst merges them before each caller tries.
    private static async Task MergePlacesAsync(TwoAgencies world)
    {
        using var merged = await world["north-analyst"].PostAsJsonAsync("/api/identities/merge", new { a = world.PlaceId, b = world.OtherPlaceId, reason = "one town under two spellings" });
        Assert.True(merged.IsSuccessStatusCode, await merged.Content.ReadAsStringAsync());
    }

    // A short report of its own, so that south's copy of it shares nothing with north's reports.
    internal static HttpRequestMessage Upload() => new(HttpMethod.Post, "/api/documents/")
    {
        Content = Reports.Form(Encoding.UTF8.GetBytes("Nota breve: la policía detuvo a tres personas en Tacna el 2 de mayo de 2025."), "nota.txt"),
    };
}
