using System.Net;
using System.Text;
using Enlace.Core.Access;
using Enlace.Core.Grading;
using Enlace.Core.Markings;
using Enlace.Core.Statements;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>TLP:RED for cleared people only, victims' names masked for roles without need-to-know, and upload limits.</summary>
public sealed class MarkingAndMaskingTests
{
    // Invented names and places: a report about a rescue naming a victim.
    private const string Victim = "Yesenia Tarqui Mamani";
    private const string Rescue =
        "Cusco, 4 de junio de 2025. La policía rescató a cuatro mujeres en el distrito de Wanchaq. " +
        "Una de ellas, " + Victim + ", declaró ante la fiscalía. La operación duró seis horas.";

    [Theory, AllEngines]
    public async Task Red_material_is_read_only_by_an_analyst_cleared_for_it(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        await server.AddUserAsync("north", "cleared", Role.Analyst, clearedForRed: true);
        await server.AddUserAsync("north", "uncleared", Role.Analyst);
        await server.AddUserAsync("north", "boss", Role.Commander, clearedForRed: true);
        using var cleared = await server.SignInAsync("cleared");
        using var uncleared = await server.SignInAsync("uncleared");
        using var boss = await server.SignInAsync("boss");

        var red = await TwoAgencies.UploadAsync(cleared, Reports.PoliceRelease, "red");
        using var refusedUpload = await uncleared.PostAsync("/api/documents", Reports.Form(Reports.NewspaperAccount, "red"));

        Assert.Contains(red.ToString(), await cleared.GetStringAsync("/api/documents"), StringComparison.Ordinal);
        Assert.Contains(red.ToString(), await boss.GetStringAsync("/api/documents"), StringComparison.Ordinal);
        Assert.DoesNotContain(red.ToString(), await uncleared.GetStringAsync("/api/documents"), StringComparison.Ordinal);
        Assert.Equal(0, (await TwoAgencies.GetJsonAsync(uncleared, $"/api/statements?document={red}")).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await TwoAgencies.GetJsonAsync(uncleared, "/api/search?q=policia")).GetArrayLength());
        await ApiBehaviourTests.AssertProblemAsync(await uncleared.GetAsync($"/api/documents/{red}"), HttpStatusCode.NotFound);
        await ApiBehaviourTests.AssertProblemAsync(refusedUpload, HttpStatusCode.Forbidden, "clearance");
    }

    [Theory, AllEngines]
    public async Task A_victims_name_is_blotted_for_a_liaison_officer_and_shown_to_victim_services_and_analysts(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        await server.AddUserAsync("north", "analyst", Role.Analyst);
        await server.AddUserAsync("north", "liaison", Role.LiaisonOfficer);
        await server.AddUserAsync("north", "care", Role.VictimServices);
        using var analyst = await server.SignInAsync("analyst");
        using var liaison = await server.SignInAsync("liaison");
        using var care = await server.SignInAsync("care");
        var document = await TwoAgencies.UploadAsync(analyst, await WriteAsync(Rescue));
        var person = await ProtectAsync(server, document);

        var masked = (await TwoAgencies.GetJsonAsync(liaison, $"/api/documents/{document}")).GetProperty("text").GetString()!;
        var plain = (await TwoAgencies.GetJsonAsync(care, $"/api/documents/{document}")).GetProperty("text").GetString()!;
        var entity = await TwoAgencies.GetJsonAsync(liaison, $"/api/entities/{person}");
        var statements = await liaison.GetStringAsync($"/api/statements?entity={person}");
        var snippets = await liaison.GetStringAsync("/api/search?q=Tarqui");
        using var original = await liaison.GetAsync($"/api/documents/{document}/original");

        Assert.Contains(Victim, plain, StringComparison.Ordinal);
        Assert.Contains(Victim, (await TwoAgencies.GetJsonAsync(analyst, $"/api/documents/{document}")).GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain("Tarqui", masked, StringComparison.Ordinal);
        Assert.Equal(plain.Length, masked.Length);
        Assert.Equal(plain.Replace(Victim, new string('█', Victim.Length), StringComparison.Ordinal), masked);
        Assert.StartsWith("protected person", entity.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Tarqui", statements, StringComparison.Ordinal);
        Assert.DoesNotContain("Tarqui", snippets, StringComparison.Ordinal);
        await ApiBehaviourTests.AssertProblemAsync(original, HttpStatusCode.Forbidden, "protected");
    }

    [Theory, AllEngines]
    public async Task A_victim_protected_after_a_read_is_masked_on_the_next_read(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);
        await server.AddUserAsync("north", "analyst", Role.Analyst);
        await server.AddUserAsync("north", "liaison", Role.LiaisonOfficer);
        using var analyst = await server.SignInAsync("analyst");
        using var liaison = await server.SignInAsync("liaison");
        var document = await TwoAgencies.UploadAsync(analyst, await WriteAsync(Rescue));
        var before = (await TwoAgencies.GetJsonAsync(liaison, $"/api/documents/{document}")).GetProperty("text").GetString()!;

        // Written through another store, as another process would: the server must not answer from what it read before.
        await ProtectAsync(server, document);
        var after = (await TwoAgencies.GetJsonAsync(liaison, $"/api/documents/{document}")).GetProperty("text").GetString()!;
        var snippets = await liaison.GetStringAsync("/api/search?q=Tarqui");

        Assert.Contains(Victim, before, StringComparison.Ordinal);
        Assert.DoesNotContain("Tarqui", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Tarqui", snippets, StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task A_report_larger_than_the_limit_is_refused_with_413_and_not_stored(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine, options => options with { MaxUploadBytes = 2_000 });
        await server.AddUserAsync("north", "analyst", Role.Analyst);
        using var analyst = await server.SignInAsync("analyst");
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("La policía detuvo a tres personas. ", 200)));
        var huge = new byte[3 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');

        using var overLimit = await analyst.PostAsync("/api/documents", Reports.Form(large, "large.txt"));
        using var overBody = await analyst.PostAsync("/api/documents", Reports.Form(huge, "huge.txt"));

        await ApiBehaviourTests.AssertProblemAsync(overLimit, HttpStatusCode.RequestEntityTooLarge);
        await ApiBehaviourTests.AssertProblemAsync(overBody, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await TwoAgencies.GetJsonAsync(analyst, "/api/documents")).GetProperty("items").GetArrayLength());
    }

    private static async Task<string> WriteAsync(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("enlace-report-").FullName, "rescate-wanchaq.txt");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    // An analyst records that a person the report names is a rescued victim. Analysts' statements have no API yet, so
    // the record is made through the store with the analyst's provenance.
    private static async Task<Guid> ProtectAsync(RunningServer server, Guid documentId)
    {
        var store = server.Db.Store;
        var tenant = await store.EnsureTenantAsync("north");
        var document = await store.GetDocumentAsync(tenant, documentId) ?? throw new InvalidOperationException("no document");
        var at = document.Text.IndexOf(Victim, StringComparison.Ordinal);
        var person = await store.EnsureEntityAsync(tenant, Core.Entities.EntityKind.Person, Victim);
        var provenance = Provenance.Analyst("analyst", documentId, new TextSpan(at, at + Victim.Length));
        var now = DateTimeOffset.UtcNow;
        await store.AddStatementsAsync(tenant,
        [
            Statement.Create(tenant, person.Id, "role", new TextValue("víctima rescatada"), provenance, InformationCredibility.ProbablyTrue, Marking.Default, now),
            Statement.Create(tenant, person.Id, "named_as", new TextValue(Victim), provenance, InformationCredibility.ProbablyTrue, Marking.Default, now),
        ]);
        return person.Id;
    }
}
