using System.Net.Http.Json;
using System.Text.Json;
using Enlace.Core.Access;
using Enlace.Testing;

namespace Enlace.Server.Tests.Support;

/// <summary>
/// One server with two agencies: "north" holds two reports of one raid (TLP:AMBER), grouped into an event with an
/// adjudicated conflict and a protected person; "south" holds nothing of north's. Every north user is of one role.
/// </summary>
public sealed class TwoAgencies : IAsyncDisposable
{
    private TwoAgencies(RunningServer server) => Server = server;

    public RunningServer Server { get; }

    public Dictionary<string, HttpClient> Clients { get; } = new(StringComparer.Ordinal);

    public Guid DocumentId { get; private set; }

    public Guid StatementId { get; private set; }

    public Guid EntityId { get; private set; }

    public Guid PlaceId { get; private set; }

    /// <summary>Another place north's reports name, for merging and splitting identities.</summary>
    public Guid OtherPlaceId { get; private set; }

    public Guid EventId { get; private set; }

    public string ConflictKey { get; private set; } = "";

    /// <summary>A source north's statements cite (a report's own name when there is one), graded once by north's analyst.</summary>
    public string SourceName { get; private set; } = "";

    public IReadOnlyList<Guid> ConflictStatements { get; private set; } = [];

    /// <summary>Strings that must never appear in what another agency or an uncleared reader receives.</summary>
    public IReadOnlyList<string> NorthSecrets =>
        [DocumentId.ToString(), StatementId.ToString(), EventId.ToString(), EntityId.ToString(), PlaceId.ToString(), OtherPlaceId.ToString(), "cadenas_rotas", "north-"];

    public HttpClient this[string user] => Clients[user];

    public static async Task<TwoAgencies> CreateAsync(Engine engine)
    {
        var world = new TwoAgencies(await RunningServer.StartAsync(engine));
        var server = world.Server;
        foreach (var (agency, name, role) in new[]
        {
            ("north", "north-analyst", Role.Analyst), ("north", "north-viewer", Role.Viewer), ("north", "north-admin", Role.Administrator),
            ("north", "north-liaison", Role.LiaisonOfficer), ("north", "north-victims", Role.VictimServices), ("north", "north-commander", Role.Commander),
            ("south", "south-analyst", Role.Analyst), ("south", "south-admin", Role.Administrator),
        })
        {
            await server.AddUserAsync(agency, name, role);
            world.Clients[name] = await server.SignInAsync(name);
        }

        world.Clients["anonymous"] = server.Anonymous();
        var analyst = world["north-analyst"];
        world.DocumentId = await UploadAsync(analyst, Reports.PoliceRelease);
        await UploadAsync(analyst, Reports.NewspaperAccount);
        (await analyst.PostAsync("/api/events/grouping", null)).EnsureSuccessStatusCode();

        var conflicts = await GetJsonAsync(analyst, "/api/conflicts?limit=500");
        var conflict = conflicts.GetProperty("items").EnumerateArray().First();
        world.ConflictKey = conflict.GetProperty("conflictKey").GetString()!;
        world.EventId = conflict.GetProperty("eventId").GetGuid();
        world.ConflictStatements = [.. conflict.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetGuid())];
        (await analyst.PostAsJsonAsync("/api/adjudications", new { conflictKey = world.ConflictKey, chosenStatementId = world.ConflictStatements[0], reason = "the police count is the official one" }))
            .EnsureSuccessStatusCode();

        var sources = (await GetJsonAsync(analyst, "/api/sources")).EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        world.SourceName = sources.FirstOrDefault(s => s.Contains("cadenas_rotas", StringComparison.Ordinal)) ?? sources[0];
        (await analyst.PostAsJsonAsync("/api/sources/grades", new { source = world.SourceName, reliability = "C", reason = "first report of it; not yet checked" })).EnsureSuccessStatusCode();

        var statements = await GetJsonAsync(analyst, $"/api/statements?document={world.DocumentId}&property=place&limit=1");
        var place = statements.GetProperty("items").EnumerateArray().First();
        world.StatementId = place.GetProperty("id").GetGuid();
        world.PlaceId = place.GetProperty("value").GetProperty("entityId").GetGuid();
        world.EntityId = place.GetProperty("subjectId").GetGuid();
        var places = await GetJsonAsync(analyst, "/api/entities?kind=location&limit=500");
        world.OtherPlaceId = places.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).First(id => id != world.PlaceId);
        return world;
    }

    public static async Task<Guid> UploadAsync(HttpClient client, string path, string? tlp = null)
    {
        using var form = Reports.Form(path, tlp);
        using var response = await client.PostAsync("/api/documents", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("documentId").GetGuid();
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
    }
}
