using System.Diagnostics;
using Enlace.Core.Documents;
using Enlace.Testing;

namespace Enlace.Cli.Tests;

public sealed class CrashSafetyTests
{
    private const int FileCount = 3000;

    [Theory, AllEngines]
    public async Task A_killed_ingest_rerun_completes_with_no_duplicate_and_no_half_stored_document(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var files = SampleFiles.InNewFolder();
        for (var i = 0; i < FileCount; i++)
        {
            files.Text($"r{i:0000}.txt", $"Report {i}: police in district {i % 40} arrested {i % 17 + 1} suspects and rescued {i % 9} women, prosecutors said.");
        }

        var tenant = await db.Store.EnsureTenantAsync("local");
        using (var victim = Process.Start(CliProcess.StartInfo("ingest", files.Folder, "--db", db.Db, "--batch-size", "50")) ?? throw new InvalidOperationException())
        {
            // Kill it once some batches are committed and well before the end.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (await db.Store.CountDocumentsAsync(tenant) < 200 && !victim.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync();
        }

        var storedAtKill = await db.Store.CountDocumentsAsync(tenant);
        Assert.InRange(storedAtKill, 1, FileCount - 1);

        var rerun = await CliProcess.RunAsync("ingest", files.Folder, "--db", db.Db, "--json");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(FileCount, await db.Store.CountDocumentsAsync(tenant));
        var documents = await db.Store.ListDocumentsAsync(tenant, FileCount + 10);
        Assert.Equal(FileCount, documents.Select(d => d.Sha256).Distinct().Count());
        foreach (var document in documents)
        {
            var original = await db.Store.GetOriginalAsync(tenant, document.Id);
            Assert.NotNull(original);
            Assert.Equal(document.Sha256, ContentHash.Of(original));
            Assert.Equal(File.ReadAllText(Path.Combine(files.Folder, document.FileName)), document.Text);
        }

        // Every document reached the full-text index with its own words, whichever run stored it.
        foreach (var i in Enumerable.Range(0, 40).Select(n => n * (FileCount / 40)))
        {
            var hit = Assert.Single(await db.Store.SearchAsync(tenant, new SearchQuery($"\"report {i}\"")));
            Assert.Equal($"r{i:0000}.txt", hit.FileName);
        }
    }
}
