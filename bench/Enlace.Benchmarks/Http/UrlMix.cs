using System.Globalization;
using System.Net.Http.Json;
using Enlace.Benchmarks.Corpus;
using Enlace.Benchmarks.Search;

namespace Enlace.Benchmarks.Http;

/// <summary>Which requests a run sends: all of them in a fixed mix, or one kind alone to see what it costs.</summary>
public enum RequestKind
{
    All,
    Lists,
    Single,
    Search,
}

/// <summary>
/// The URLs a load run rotates through, found the way a client finds them: by reading statement pages, entities and
/// their ids through the API with the analyst's token. The mix is seeded and shuffled; in <see cref="RequestKind.All"/>
/// it is 40 % statement-list pages (first pages, later pages by cursor, and pages filtered by entity, place, document,
/// property, dates or marking), 30 % single statements and 30 % searches from the search benchmark's query mix.
/// </summary>
public static class UrlMix
{
    private const int PageSize = 200;
    private const int PagesWalked = 25;

    public static async Task<IReadOnlyList<string>> BuildAsync(HttpClient client, RequestKind kind, int count, int seed, int corpusSize)
    {
        var random = new Random(seed);
        var statements = new List<StatementRow>();
        var cursors = new List<string>();
        string? cursor = null;
        for (var page = 0; page < PagesWalked; page++)
        {
            var read = await GetAsync<PageRow<StatementRow>>(client, $"/api/statements?limit={PageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            statements.AddRange(read.Items);
            if (read.Next is null)
            {
                break;
            }

            cursors.Add(cursor = read.Next);
        }

        if (statements.Count == 0)
        {
            throw new InvalidOperationException("the analyst can read no statements; the store holds no extracted statements for this agency");
        }

        var places = (await GetAsync<PageRow<EntityRow>>(client, "/api/entities?kind=location&limit=200")).Items.Select(e => e.Id).ToList();
        var entities = statements.Select(s => s.SubjectId).Distinct().ToList();
        var documents = statements.Where(s => s.DocumentId is not null).Select(s => s.DocumentId!.Value).Distinct().ToList();
        var properties = statements.Select(s => s.Property).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var generator = new ReportGenerator(seed);
        var queries = QueryMix.Create(seed, Math.Max(50, count / 3), corpusSize, generator);

        string ListUrl() => random.Next(9) switch
        {
            0 => "/api/statements",
            1 => "/api/statements?limit=20",
            2 or 3 when cursors.Count > 0 => $"/api/statements?cursor={Uri.EscapeDataString(Pick(random, cursors))}",
            2 or 3 => "/api/statements?limit=100",
            4 => $"/api/statements?entity={Pick(random, entities)}&limit=20",
            5 => $"/api/statements?document={Pick(random, documents)}",
            6 => places.Count > 0 ? $"/api/statements?place={Pick(random, places)}&limit=20" : $"/api/statements?property={Uri.EscapeDataString(Pick(random, properties))}&limit=20",
            7 => $"/api/statements?property={Uri.EscapeDataString(Pick(random, properties))}&limit=20",
            _ => DatedUrl(random, generator, corpusSize),
        };

        string SearchUrl()
        {
            var query = Pick(random, queries);
            var language = query.Language is "es" or "en" && random.Next(2) == 0 ? $"&language={query.Language}" : "";
            return $"/api/search?q={Uri.EscapeDataString(query.Text)}&limit=20{language}";
        }

        var urls = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = kind switch
            {
                RequestKind.Lists => 0,
                RequestKind.Single => 5,
                RequestKind.Search => 8,
                _ => random.Next(10),
            };
            urls.Add(pick switch
            {
                < 4 => ListUrl(),
                < 7 => $"/api/statements/{Pick(random, statements).Id}",
                _ => SearchUrl(),
            });
        }

        return urls;
    }

    public static string Kind(string url) =>
        url.StartsWith("/api/search", StringComparison.Ordinal) ? "search"
        : url.StartsWith("/api/statements/", StringComparison.Ordinal) ? "single statement"
        : "statement list";

    // A week around some report's incident, with the TLP filter on every other one.
    private static string DatedUrl(Random random, ReportGenerator generator, int corpusSize)
    {
        var date = generator.Generate(random.Next(corpusSize)).EventDate;
        var from = date.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = date.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"/api/statements?from={from}&to={to}&limit=20" + (random.Next(2) == 0 ? "&tlp=amber" : "");
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<T>() ?? throw new InvalidOperationException($"GET {url} answered no body");
    }

    private sealed record PageRow<T>(IReadOnlyList<T> Items, string? Next);

    private sealed record StatementRow(Guid Id, Guid SubjectId, string Property, Guid? DocumentId);

    private sealed record EntityRow(Guid Id, string Kind);
}
