using Enlace.Server.Tests.Support;

namespace Enlace.Server.Tests;

/// <summary>
/// The access cases of the web UI's pages and forms: the same refusals as the API's (another agency and an uncleared
/// viewer see nothing, find nothing, may not change anything), except that an anonymous caller is sent to sign in.
/// </summary>
internal static class WebUiAccessCases
{
    private static readonly Refusal SouthSeesNothing = new("south-analyst", Expect.Hidden);
    private static readonly Refusal SouthFindsNothing = new("south-analyst", Expect.NotFound);
    private static readonly Refusal ViewerSeesNothing = new("north-viewer", Expect.Hidden);
    private static readonly Refusal ViewerFindsNothing = new("north-viewer", Expect.NotFound);
    private static readonly Refusal ViewerMayNotChange = new("north-viewer", Expect.Forbidden);

    public static IReadOnlyDictionary<string, AccessCase> All { get; } = new Dictionary<string, AccessCase>(StringComparer.Ordinal)
    {
        ["GET /signin"] = AccessCase.Public(_ => Get("/signin"), "the sign-in page is how a caller stops being anonymous"),
        ["GET /_framework/opaque-redirect"] = AccessCase.Public(_ => Get("/_framework/opaque-redirect"), "the pages never stream, so it only sends to the home page"),
        ["GET /not-found"] = AccessCase.Public(_ => Get("/not-found"), "the page only says that nothing is here"),
        ["POST /ui/signin"] = AccessCase.Public(
            _ => Form("/ui/signin", ("username", "nobody-at-all"), ("password", "not-a-password")),
            "signing in is how a caller stops being anonymous"),

        ["GET /"] = AccessCase.Page(_ => Get("/"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /documents"] = AccessCase.Page(_ => Get("/documents"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /documents/{Id:guid}"] = AccessCase.Page(w => Get($"/documents/{w.DocumentId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /statements"] = AccessCase.Page(_ => Get("/statements"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /conflicts"] = AccessCase.Page(_ => Get("/conflicts"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /conflict"] = AccessCase.Page(w => Get("/conflict?key=" + Uri.EscapeDataString(w.ConflictKey)), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /events"] = AccessCase.Page(_ => Get("/events"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /events/{Id:guid}"] = AccessCase.Page(w => Get($"/events/{w.EventId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /events/{Id:guid}/brief"] = AccessCase.Page(w => Get($"/events/{w.EventId}/brief"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /entities"] = AccessCase.Page(_ => Get("/entities"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /entities/{Id:guid}"] = AccessCase.Page(w => Get($"/entities/{w.PlaceId}"), "north-analyst", SouthFindsNothing, ViewerFindsNothing),
        ["GET /search"] = AccessCase.Page(_ => Get("/search?q=policía"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /network"] = AccessCase.Page(_ => Get("/network"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /timeline"] = AccessCase.Page(_ => Get("/timeline"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /map"] = AccessCase.Page(_ => Get("/map"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),
        ["GET /sources"] = AccessCase.Page(w => Get("/sources"), "north-analyst", SouthSeesNothing, ViewerSeesNothing),

        ["POST /ui/signout"] = AccessCase.Page(_ => Form("/ui/signout"), "north-viewer", SouthSeesNothing, Refusal.None("signs the caller themself out; no agency data")),
        ["POST /ui/documents"] = AccessCase.Page(
            _ => new HttpRequestMessage(HttpMethod.Post, "/ui/documents") { Content = EndpointAccessCases.Upload().Content },
            "north-analyst", SouthSeesNothing, ViewerMayNotChange),
        ["POST /ui/events/grouping"] = AccessCase.Page(_ => Form("/ui/events/grouping"), "north-analyst", SouthSeesNothing, ViewerMayNotChange),
        ["POST /ui/adjudications"] = AccessCase.Page(
            w => Form("/ui/adjudications", ("conflict", w.ConflictKey), ("chosen", w.ConflictStatements[^1].ToString()), ("reason", "the newspaper named its sources")),
            "north-analyst", SouthFindsNothing, ViewerMayNotChange),
        ["POST /ui/sources/grades"] = AccessCase.Page(
            w => Form("/ui/sources/grades", ("source", w.SourceName), ("reliability", "B"), ("reason", "its figures matched the court file")),
            "north-analyst", SouthFindsNothing, ViewerMayNotChange),
    };

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Form(string path, params (string Name, string Value)[] fields) =>
        new(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))) };
}
