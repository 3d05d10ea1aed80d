using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>
/// Identity review over real HTTP, on both engines: north's analyst adds a police note and a wire story on one
/// invented raid (two gang members named in one, known only by nickname in the other) and reconciles them.
/// </summary>
public sealed class IdentityApiTests(IdentityApiTests.Worlds worlds) : IClassFixture<IdentityApiTests.Worlds>
{
    internal const string Note =
        "Tacna, 3 de junio de 2025. La Policía Nacional del Perú (PNP) detuvo ayer lunes a 12 presuntos integrantes de la banda Los Halcones del Valle " +
        "en el distrito de Pocollay. Entre los detenidos figuran su cabecilla, Efraín Quispe Mamani, alias \"El Gavilán\", y su tesorera, " +
        "Rosa Elena Ticona Flores, alias \"La Tía\". En el operativo participaron más de 80 agentes y fueron rescatadas siete mujeres.\n";

    internal const string Wire =
        "TACNA, Peru, June 3, 2025 — Peruvian National Police arrested 13 suspected members of the Los Halcones del Valle gang in the Pocollay " +
        "district of Tacna on Monday. The gang's leader, known as \"El Gavilán\", was among those detained, as was its treasurer, known as " +
        "\"La Tía\". About 90 officers took part and seven women were rescued, police said.\n";

    [Theory, AllEngines]
    public async Task Reconciliation_queues_a_nickname_pair_and_a_not_same_judgement_keeps_it_out_for_good(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];

        var entry = (await QueueAsync(analyst)).Single(e => Names(e).SetEquals(["La Tía", "Rosa Elena Ticona Flores"]));
        var judgement = entry.GetProperty("judgement");
        var (a, b) = (entry.GetProperty("a").GetProperty("id").GetGuid(), entry.GetProperty("b").GetProperty("id").GetGuid());
        Assert.Equal("unsure", judgement.GetProperty("verdict").GetString());
        Assert.Equal("resolver", judgement.GetProperty("judgedBy").GetString());
        Assert.InRange(judgement.GetProperty("score").GetDouble(), 0.6, 0.9);
        Assert.Contains("nickname", judgement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("person", entry.GetProperty("a").GetProperty("kind").GetString());
        Assert.NotEqual(0, entry.GetProperty("a").GetProperty("documents").GetArrayLength());

        var decision = await PostAsync(analyst, "/api/identities/judgements", new { a, b, verdict = "not_same", reason = "the wire story's treasurer is another woman" }, HttpStatusCode.Created);
        var afterJudging = await QueueAsync(analyst);
        var again = await PostAsync(analyst, "/api/reconciliation", null, HttpStatusCode.OK);
        var afterReconciling = await QueueAsync(analyst);
        var identity = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{a}");

        Assert.Equal("not_same", decision.GetProperty("judgement").GetProperty("verdict").GetString());
        Assert.Equal("north-analyst", decision.GetProperty("judgement").GetProperty("judgedBy").GetString());
        Assert.DoesNotContain(afterJudging, e => Names(e).Contains("La Tía"));
        Assert.Equal(0, again.GetProperty("entitiesMerged").GetInt32() + again.GetProperty("entitiesForReview").GetInt32());
        Assert.DoesNotContain(afterReconciling, e => Names(e).Contains("La Tía"));
        Assert.Equal(1, identity.GetProperty("members").GetArrayLength());
        var ruling = Assert.Single(identity.GetProperty("other").EnumerateArray(), j => Pair(j) == Pair(a, b));
        Assert.Equal(("not_same", "north-analyst", "the wire story's treasurer is another woman"),
            (ruling.GetProperty("verdict").GetString(), ruling.GetProperty("judgedBy").GetString(), ruling.GetProperty("reason").GetString()));
    }

    [Theory, AllEngines]
    public async Task The_queue_pages_by_cursor_likeliest_first_and_takes_pairs_an_analyst_flags(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var tacna = await EntityAsync(analyst, "location", "Tacna");
        var pocollay = await EntityAsync(analyst, "location", "Pocollay");
        var peru = await EntityAsync(analyst, "location", "Peru");
        await PostAsync(analyst, "/api/identities/judgements", new { a = tacna, b = pocollay, verdict = "unsure", reason = "the district is sometimes given for the city" }, HttpStatusCode.Created);
        await PostAsync(analyst, "/api/identities/judgements", new { a = pocollay, b = peru, verdict = "unsure", reason = "checking the gazetteer" }, HttpStatusCode.Created);

        var whole = await QueueAsync(analyst);
        var paged = new List<JsonElement>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await TwoAgencies.GetJsonAsync(analyst, "/api/identities/review?limit=1" + (cursor is null ? "" : "&cursor=" + cursor));
            paged.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.TryGetProperty("next", out var next) ? next.GetString() : null;
        }
        while (cursor is not null && ++pages < 50);
        var places = await TwoAgencies.GetJsonAsync(analyst, "/api/identities/review?kind=location&limit=500");

        Assert.True(whole.Count >= 2);
        Assert.Equal(whole.Select(Id), paged.Select(Id));
        var scores = whole.Select(e => e.GetProperty("judgement").GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains(whole, e => Pair(e.GetProperty("judgement")) == Pair(tacna, pocollay) && e.GetProperty("judgement").GetProperty("judgedBy").GetString() == "north-analyst");
        Assert.All(places.GetProperty("items").EnumerateArray(), e => Assert.Equal("location", e.GetProperty("a").GetProperty("kind").GetString()));
        Assert.Equal(2, places.GetProperty("items").GetArrayLength());
    }

    [Theory, AllEngines]
    public async Task Judging_the_same_merges_a_split_restores_and_the_brief_names_a_merged_identity_once(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var leader = await EntityAsync(analyst, "person", "Efraín Quispe Mamani");
        var nickname = await EntityAsync(analyst, "person", "El Gavilán");
        var eventId = await EventOfAsync(analyst, leader);
        Assert.Contains(await QueueAsync(analyst), e => Pair(e.GetProperty("judgement")) == Pair(leader, nickname));
        var before = await PeopleInBriefAsync(analyst, eventId);

        await PostAsync(analyst, "/api/identities/judgements", new { a = leader, b = nickname, verdict = "same", reason = "the note gives his alias" }, HttpStatusCode.Created);
        var merged = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{nickname}");
        var queueMerged = await QueueAsync(analyst);
        var briefMerged = await PeopleInBriefAsync(analyst, eventId);

        await PostAsync(analyst, "/api/identities/split", new { entity = leader, member = nickname, reason = "two men use that alias in Tacna" }, HttpStatusCode.Created);
        var split = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{leader}");
        var briefSplit = await PeopleInBriefAsync(analyst, eventId);
        await AssertProblemAsync(
            await analyst.PostAsJsonAsync("/api/identities/split", new { entity = leader, member = nickname, reason = "again" }), HttpStatusCode.BadRequest, "not a member");

        await PostAsync(analyst, "/api/identities/merge", new { a = nickname, b = leader, reason = "the prosecutor's file joins them" }, HttpStatusCode.Created);
        var remerged = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{leader}");
        await PostAsync(analyst, "/api/identities/split", new { entity = nickname, member = leader, reason = "the file was wrong" }, HttpStatusCode.Created);
        var restored = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{leader}");

        Assert.Equal(new[] { leader, nickname }.Order(), Members(merged).Order());
        var link = Assert.Single(merged.GetProperty("links").EnumerateArray());
        Assert.Equal(("same", "north-analyst", "the note gives his alias", 1.0),
            (link.GetProperty("verdict").GetString(), link.GetProperty("judgedBy").GetString(), link.GetProperty("reason").GetString(), link.GetProperty("score").GetDouble()));
        Assert.DoesNotContain(queueMerged, e => Pair(e.GetProperty("judgement")) == Pair(leader, nickname));
        Assert.Contains(before, p => p.Name == "Efraín Quispe Mamani" && p.Aliases.Count == 0);
        Assert.Contains(before, p => p.Name == "El Gavilán");
        Assert.Equal(before.Count - 1, briefMerged.Count);
        Assert.Contains(briefMerged, p => p.Name == "Efraín Quispe Mamani" && p.Aliases.SequenceEqual(["El Gavilán"]));
        Assert.DoesNotContain(briefMerged, p => p.Name == "El Gavilán");
        Assert.Equal([leader], Members(split));
        Assert.Equal(before.Select(p => p.ToString()).Order(), briefSplit.Select(p => p.ToString()).Order());
        Assert.Equal(2, Members(remerged).Count);
        Assert.Equal([leader], Members(restored));

        // The latest judgement on the pair is the one in force.
        var record = restored.GetProperty("other").EnumerateArray().Where(j => Pair(j) == Pair(leader, nickname)).ToList();
        Assert.Equal("the file was wrong", Assert.Single(record).GetProperty("reason").GetString());
    }

    [Theory, AllEngines]
    public async Task Bad_identity_requests_get_problem_details_and_change_nothing(Engine engine)
    {
        var world = await worlds.For(engine);
        var analyst = world["north-analyst"];
        var tacna = await EntityAsync(analyst, "location", "Tacna");
        var peru = await EntityAsync(analyst, "location", "Peru");
        var leader = await EntityAsync(analyst, "person", "Efraín Quispe Mamani");
        var before = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{tacna}");

        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/merge", new { a = tacna, b = tacna, reason = "twice" }), HttpStatusCode.BadRequest, "same entity");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/merge", new { a = tacna, b = Guid.CreateVersion7(), reason = "unknown" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/merge", new { a = tacna, b = leader, reason = "kinds" }), HttpStatusCode.BadRequest, "one kind");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/merge", new { a = tacna, b = peru, reason = "  " }), HttpStatusCode.BadRequest, "reason");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/merge", new { a = tacna, reason = "no other side" }), HttpStatusCode.BadRequest, "b");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/split", new { entity = tacna, member = peru, reason = "never merged" }), HttpStatusCode.BadRequest, "not a member");
        await AssertProblemAsync(await analyst.PostAsJsonAsync("/api/identities/judgements", new { a = tacna, b = peru, verdict = "maybe", reason = "?" }), HttpStatusCode.BadRequest, "verdict");
        await AssertProblemAsync(await analyst.PostAsync("/api/identities/merge", new StringContent("{\"a\": \"not-a-guid\",", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await analyst.GetAsync($"/api/identities/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await analyst.GetAsync("/api/identities/review?cursor=bm9wZQ"), HttpStatusCode.BadRequest, "cursor");
        await AssertProblemAsync(await analyst.GetAsync("/api/identities/review?kind=report"), HttpStatusCode.BadRequest, "kind");

        var after = await TwoAgencies.GetJsonAsync(analyst, $"/api/identities/{tacna}");
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Theory, AllEngines]
    public async Task Nothing_merges_across_agencies_and_each_agency_sees_only_its_own_queue(Engine engine)
    {
        var world = await worlds.For(engine);
        var north = world["north-analyst"];
        var south = world["south-analyst"];
        var ours = await EntityAsync(north, "person", "Rosa Elena Ticona Flores");
        var theirs = await EntityAsync(south, "person", "Rosa Elena Ticona Flores");
        var ourNickname = await EntityAsync(north, "person", "La Tía");
        var before = await TwoAgencies.GetJsonAsync(north, $"/api/identities/{ours}");

        await AssertProblemAsync(await north.PostAsJsonAsync("/api/identities/merge", new { a = ours, b = theirs, reason = "same name" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(
            await north.PostAsJsonAsync("/api/identities/judgements", new { a = ours, b = theirs, verdict = "same", reason = "same name" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await south.PostAsJsonAsync("/api/identities/merge", new { a = theirs, b = ours, reason = "same name" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await south.PostAsJsonAsync("/api/identities/merge", new { a = ours, b = ourNickname, reason = "reaching in" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await south.GetAsync($"/api/identities/{ours}"), HttpStatusCode.NotFound);
        var southQueue = await QueueAsync(south);
        var northEntities = (await TwoAgencies.GetJsonAsync(north, "/api/entities?limit=500")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToHashSet();

        Assert.NotEqual(ours, theirs);
        Assert.Contains(southQueue, e => Names(e).SetEquals(["La Tía", "Rosa Elena Ticona Flores"]));
        Assert.All(southQueue, e =>
        {
            Assert.DoesNotContain(e.GetProperty("a").GetProperty("id").GetGuid(), northEntities);
            Assert.DoesNotContain(e.GetProperty("b").GetProperty("id").GetGuid(), northEntities);
        });
        Assert.Equal(before.GetRawText(), (await TwoAgencies.GetJsonAsync(north, $"/api/identities/{ours}")).GetRawText());
    }

    [Theory, AllEngines]
    public async Task An_administrator_judges_what_they_may_read_and_a_viewer_may_not_judge(Engine engine)
    {
        var world = await worlds.For(engine);
        var admin = world["north-admin"];
        var green = await EntityAsync(admin, "person", "Marcelo Ibáñez Cusi");
        var other = await EntityAsync(admin, "person", "Marcelo Ibanez");
        var amber = await EntityAsync(world["north-analyst"], "person", "Efraín Quispe Mamani");

        var merged = await PostAsync(admin, "/api/identities/merge", new { a = green, b = other, reason = "one inspector, written without accents" }, HttpStatusCode.Created);
        await AssertProblemAsync(await admin.PostAsJsonAsync("/api/identities/merge", new { a = green, b = amber, reason = "above my clearance" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await world["north-viewer"].PostAsJsonAsync("/api/identities/merge", new { a = green, b = other, reason = "viewers only read" }), HttpStatusCode.Forbidden);
        var identity = await TwoAgencies.GetJsonAsync(world["north-viewer"], $"/api/identities/{green}");

        Assert.Equal("north-admin", merged.GetProperty("judgement").GetProperty("judgedBy").GetString());
        Assert.Equal(new[] { green, other }.Order(), Members(identity).Order());
    }

    [Theory, AllEngines]
    public async Task The_openapi_document_describes_the_identity_endpoints_and_their_problems(Engine engine)
    {
        var world = await worlds.For(engine);

        var paths = (await TwoAgencies.GetJsonAsync(world["anonymous"], "/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "/api/identities/judgements", "/api/identities/merge", "/api/identities/split" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.True(post.TryGetProperty("requestBody", out _), $"{path} describes no body");
            var responses = post.GetProperty("responses");
            Assert.All(new[] { "201", "400", "403", "404" }, status => Assert.True(responses.TryGetProperty(status, out _), $"{path} does not describe {status}"));
            Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path}: 400 is not a problem");
        }

        var review = paths.GetProperty("/api/identities/review").GetProperty("get");
        Assert.Contains(review.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "cursor");
        Assert.True(paths.GetProperty("/api/identities/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }

    private static async Task<List<JsonElement>> QueueAsync(HttpClient client) =>
        [.. (await TwoAgencies.GetJsonAsync(client, "/api/identities/review?limit=500")).GetProperty("items").EnumerateArray()];

    private static HashSet<string> Names(JsonElement entry) =>
        [entry.GetProperty("a").GetProperty("name").GetString()!, entry.GetProperty("b").GetProperty("name").GetString()!];

    private static Guid Id(JsonElement entry) => entry.GetProperty("judgement").GetProperty("id").GetGuid();

    private static (Guid, Guid) Pair(JsonElement judgement) => Pair(judgement.GetProperty("a").GetGuid(), judgement.GetProperty("b").GetGuid());

    private static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);

    private static List<Guid> Members(JsonElement identity) => [.. identity.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid())];

    private static async Task<Guid> EntityAsync(HttpClient client, string kind, string name)
    {
        var entities = await TwoAgencies.GetJsonAsync(client, $"/api/entities?kind={kind}&limit=500");
        return entities.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> EventOfAsync(HttpClient client, Guid participant)
    {
        var events = await TwoAgencies.GetJsonAsync(client, $"/api/events?entity={participant}");
        return events.GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid();
    }

    private static async Task<List<Involved>> PeopleInBriefAsync(HttpClient client, Guid eventId)
    {
        var brief = await TwoAgencies.GetJsonAsync(client, $"/api/briefs/events/{eventId}");
        return [.. brief.GetProperty("entities").GetProperty("person").EnumerateArray()
            .Select(p => new Involved(p.GetProperty("name").GetString()!, [.. p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)]))];
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body, HttpStatusCode expected)
    {
        using var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? detailContains = null) =>
        ApiBehaviourTests.AssertProblemAsync(response, status, detailContains);

    private sealed record Involved(string Name, IReadOnlyList<string> Aliases)
    {
        public override string ToString() => $"{Name} [{string.Join(", ", Aliases)}]";
    }

    /// <summary>
    /// The two-agency world of each engine with the raid reports added and reconciled by both agencies, and a short
    /// pair of short TLP:GREEN notes that north's administrator may read.
    /// </summary>
    public sealed class Worlds : IAsyncDisposable
    {
        private readonly WorldPerEngine _worlds = new();
        private readonly Dictionary<Engine, Task<TwoAgencies>> _ready = [];
        private readonly Lock _lock = new();

        public Task<TwoAgencies> For(Engine engine)
        {
            lock (_lock)
            {
                if (!_ready.TryGetValue(engine, out var ready))
                {
                    _ready[engine] = ready = PrepareAsync(engine);
                }

                return ready;
            }
        }

        public ValueTask DisposeAsync() => _worlds.DisposeAsync();

        private async Task<TwoAgencies> PrepareAsync(Engine engine)
        {
            var world = await _worlds.For(engine);
            await UploadAsync(world["north-analyst"], "Informe breve: el inspector Marcelo Ibáñez Cusi coordinó la entrega de documentos en Moquegua el 2 de mayo de 2025.\n",
                "informe-verde.txt", "green");
            await UploadAsync(world["north-analyst"], "Acta: la entrega de documentos en Moquegua del 2 de mayo de 2025 fue firmada por el inspector Marcelo Ibanez.\n",
                "acta-verde.txt", "green");

            // Everything is added before reconciling, so a later reconciliation has nothing new to propose.
            foreach (var agency in new[] { "north-analyst", "south-analyst" })
            {
                var client = world[agency];
                await UploadAsync(client, Note, "nota-tacna.txt");
                await UploadAsync(client, Wire, "wire-tacna.txt");
                using var reconciled = await client.PostAsync("/api/reconciliation", null);
                Assert.True(reconciled.IsSuccessStatusCode, await reconciled.Content.ReadAsStringAsync());
            }

            return world;
        }

        private static async Task UploadAsync(HttpClient client, string text, string fileName, string? tlp = null)
        {
            using var form = Reports.Form(Encoding.UTF8.GetBytes(text), fileName, tlp);
            using var response = await client.PostAsync("/api/documents", form);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }
}
