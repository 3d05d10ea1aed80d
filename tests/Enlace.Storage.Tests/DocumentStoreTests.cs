using Enlace.Core.Documents;
using Enlace.Core.Markings;
using Enlace.Testing;

namespace Enlace.Storage.Tests;

public sealed class DocumentStoreTests
{
    [Theory, AllEngines]
    public async Task A_stored_document_reads_back_with_its_original_bytes_text_and_marking(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var report = Reports.Text(Reports.SpanishRaid, "es", "nota.txt", new Marking(Tlp.Red, HandlingCode.H2), new DateOnly(2025, 3, 17));

        var stored = await db.Store.AddDocumentsAsync(tenant, [report]);

        Assert.Equal(StoreOutcome.Added, Assert.Single(stored).Outcome);
        var document = await db.Store.GetDocumentAsync(tenant, stored[0].Id);
        Assert.NotNull(document);
        Assert.Equal(Reports.SpanishRaid, document.Text);
        Assert.Equal("es", document.Language);
        Assert.Equal(new DateOnly(2025, 3, 17), document.PublishedOn);
        Assert.Equal(new Marking(Tlp.Red, HandlingCode.H2), document.Marking);
        Assert.Equal(report.Sha256, document.Sha256);
        Assert.Equal(report.Original.ToArray(), await db.Store.GetOriginalAsync(tenant, document.Id));
    }

    [Theory, AllEngines]
    public async Task Storing_the_same_bytes_again_adds_nothing_even_within_one_batch(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        var first = await db.Store.AddDocumentsAsync(tenant, [Reports.Text(Reports.EnglishRaid, "en")]);

        var again = await db.Store.AddDocumentsAsync(tenant, [Reports.Text(Reports.EnglishRaid, "en", "copy.txt"), Reports.Text(Reports.EnglishRaid, "en", "copy2.txt")]);

        Assert.All(again, r => Assert.Equal(StoreOutcome.Unchanged, r.Outcome));
        Assert.All(again, r => Assert.Equal(first[0].Id, r.Id));
        Assert.Equal(1, await db.Store.CountDocumentsAsync(tenant));
    }

    [Theory, AllEngines]
    public async Task Tenants_never_see_each_others_documents_even_with_the_same_bytes(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var police = await db.Store.EnsureTenantAsync("pnp");
        var embassy = await db.Store.EnsureTenantAsync("hsi-lima");
        var policeCopy = await db.Store.AddDocumentsAsync(police, [Reports.Text(Reports.SpanishRaid, "es")]);

        Assert.Empty(await db.Store.SearchAsync(embassy, new SearchQuery("Aragua")));
        Assert.Null(await db.Store.GetDocumentAsync(embassy, policeCopy[0].Id));
        Assert.Null(await db.Store.GetOriginalAsync(embassy, policeCopy[0].Id));

        var embassyCopy = await db.Store.AddDocumentsAsync(embassy, [Reports.Text(Reports.SpanishRaid, "es")]);
        Assert.Equal(StoreOutcome.Added, embassyCopy[0].Outcome);
        Assert.NotEqual(policeCopy[0].Id, embassyCopy[0].Id);
        Assert.Single(await db.Store.SearchAsync(police, new SearchQuery("Aragua")));
    }

    [Theory, AllEngines]
    public async Task Search_ignores_accents_in_both_directions_and_finds_both_languages(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await db.Store.AddDocumentsAsync(tenant, [
            Reports.Text(Reports.SpanishRaid, "es", "es.txt"),
            Reports.Text(Reports.EnglishRaid, "en", "en.txt"),
            Reports.Text(Reports.EnglishDeportation, "en", "other.txt"),
        ]);

        var both = await db.Store.SearchAsync(tenant, new SearchQuery("tren de aragua"));
        var unaccented = await db.Store.SearchAsync(tenant, new SearchQuery("policia nacional"));
        var accented = await db.Store.SearchAsync(tenant, new SearchQuery("Ríca"));

        Assert.Equal(["en.txt", "es.txt"], both.Select(h => h.FileName).Order());
        Assert.Equal("es.txt", Assert.Single(unaccented).FileName);
        Assert.Empty(accented);
        Assert.Equal("en.txt", Assert.Single(await db.Store.SearchAsync(tenant, new SearchQuery("ARICÁ"))).FileName);
    }

    [Theory, AllEngines]
    public async Task Search_matches_word_forms_phrases_and_returns_a_snippet(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await db.Store.AddDocumentsAsync(tenant, [Reports.Text(Reports.EnglishRaid, "en", "en.txt"), Reports.Text(Reports.SpanishRaid, "es", "es.txt")]);

        var stemmed = await db.Store.SearchAsync(tenant, new SearchQuery("arrest member"));
        var phrase = await db.Store.SearchAsync(tenant, new SearchQuery("\"tren del norte\""));
        var wrongOrder = await db.Store.SearchAsync(tenant, new SearchQuery("\"norte del tren\""));
        var spanishPlural = await db.Store.SearchAsync(tenant, new SearchQuery("mujeres rescatada"));

        Assert.Equal("en.txt", Assert.Single(stemmed).FileName);
        Assert.Contains("⟦", stemmed[0].Snippet, StringComparison.Ordinal);
        Assert.Equal("en.txt", Assert.Single(phrase).FileName);
        Assert.Empty(wrongOrder);
        Assert.Equal("es.txt", Assert.Single(spanishPlural).FileName);
    }

    [Theory, AllEngines]
    public async Task Phrases_combine_with_words_alternatives_and_exclusions(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await db.Store.AddDocumentsAsync(tenant, [
            Reports.Text("Officers arrested three members of the Lobos del Sur gang in the port district.", "en", "phrase.txt"),
            Reports.Text("Lobos were seen in the south; a rival gang moved del centro to the port district.", "en", "apart.txt"),
            Reports.Text("The Lobos del Sur gang moved cocaine through the port district.", "en", "cocaine.txt"),
            Reports.Text("Customs seized cocaine at the airport.", "en", "airport.txt"),
        ]);

        async Task<string[]> Find(string text) =>
            [.. (await db.Store.SearchAsync(tenant, new SearchQuery(text))).Select(h => h.FileName).Order()];

        Assert.Equal(["cocaine.txt", "phrase.txt"], await Find("\"lobos del sur\" district"));
        Assert.Equal(["phrase.txt"], await Find("\"lobos del sur\" -cocaine"));
        Assert.Equal(["airport.txt", "cocaine.txt", "phrase.txt"], await Find("\"lobos del sur\" OR airport"));
        Assert.Equal(["apart.txt"], await Find("lobos -\"lobos del sur\""));
        Assert.Empty(await Find("\"sur del lobos\""));
    }

    [Theory, AllEngines]
    public async Task Search_filters_by_language_and_publication_date(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await db.Store.AddDocumentsAsync(tenant, [
            Reports.Text(Reports.SpanishRaid, "es", "es.txt", published: new DateOnly(2025, 3, 17)),
            Reports.Text(Reports.EnglishRaid, "en", "en.txt", published: new DateOnly(2025, 6, 3)),
        ]);

        var spanishOnly = await db.Store.SearchAsync(tenant, new SearchQuery("aragua", Language: "es"));
        var june = await db.Store.SearchAsync(tenant, new SearchQuery("aragua", PublishedFrom: new DateOnly(2025, 6, 1), PublishedTo: new DateOnly(2025, 6, 30)));

        Assert.Equal("es.txt", Assert.Single(spanishOnly).FileName);
        Assert.Equal("en.txt", Assert.Single(june).FileName);
    }

    [Theory, AllEngines]
    public async Task Search_text_full_of_query_syntax_is_treated_as_words_not_an_error(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await db.Store.AddDocumentsAsync(tenant, [Reports.Text(Reports.EnglishRaid, "en")]);

        foreach (var hostile in new[] { "\"", "AND OR NOT", "cocaine*) OR (\"", "title:x NEAR(a b)", "'; DROP TABLE documents; --", "", "   ", "-cocaine", "ñ & | ! :*" })
        {
            await db.Store.SearchAsync(tenant, new SearchQuery(hostile));
        }

        Assert.Single(await db.Store.SearchAsync(tenant, new SearchQuery("cocaine) (seized")));
        Assert.Equal(1, await db.Store.CountDocumentsAsync(tenant));
    }

    [Theory, AllEngines]
    public async Task Stored_documents_cannot_be_rewritten_in_place(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var tenant = await db.Store.EnsureTenantAsync("pnp");
        await db.Store.AddDocumentsAsync(tenant, [Reports.Text(Reports.EnglishRaid, "en")]);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteRawAsync("UPDATE documents SET text = 'forged'"));

        Assert.Single(await db.Store.SearchAsync(tenant, new SearchQuery("cocaine")));
    }

    [Theory, AllEngines]
    public async Task Opening_a_store_twice_runs_no_migration_the_second_time(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        Assert.Equal(0, await db.Store.MigrateAsync());
    }
}
