using Enlace.Core.Documents;
using Enlace.Reporting;
using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Enlace.Server.Hosting;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>Full-text search and situation briefs.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithTags("Search")
            .WithSummary("Accent-insensitive full-text search in Spanish and English, narrowed by entity, place, dates, language and marking");
        api.MapGet("/briefs/events/{id:guid}", BriefAsync).WithTags("Briefs")
            .WithSummary("A situation brief on an event: JSON, or format=md, html or pdf");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SearchItem>>> SearchAsync(
        SecuredData data, string? q, int? limit, string? language, Guid? entity, Guid? place, DateOnly? from, DateOnly? to, string? tlp, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new InvalidRequestException("give the words to search for in q");
        }

        ListQuery.Range(from, to);
        var hits = await data.SearchAsync(
            new SearchQuery(q, ListQuery.Limit(limit), string.IsNullOrWhiteSpace(language) ? null : language),
            new KnowledgeFilter(entity, place, from, to, ListQuery.Tlp(tlp)),
            ct);
        return TypedResults.Ok<IReadOnlyList<SearchItem>>([.. hits.Select(SearchItem.Of)]);
    }

    private static async Task<IResult> BriefAsync(Guid id, string? format, SecuredData data, ServerOptions options, HttpContext http, CancellationToken ct)
    {
        var brief = await data.BriefAsync(id, ct);
        if (format == "html")
        {
            SecurityHeaders.AllowInlineStyle(http, BriefHtml.StyleHash);
        }

        return format switch
        {
            null or "" or "json" => TypedResults.Ok(brief),
            "md" => TypedResults.Text(Core.Briefing.BriefMarkdown.Render(brief), "text/markdown; charset=utf-8"),
            "html" => TypedResults.Text(BriefHtml.Render(brief), "text/html; charset=utf-8"),
            "pdf" => await BriefPdf.RenderAsync(brief, options, ct),
            _ => throw new InvalidRequestException("format must be json, md, html or pdf"),
        };
    }
}
