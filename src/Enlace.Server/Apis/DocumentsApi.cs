using Enlace.Core.Markings;
using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Enlace.Server.Hosting;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>Reports: list, read, download the original, and upload a new one (ingested and extracted at once).</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", ListAsync).WithSummary("Documents by id, filtered by entity, place, publication dates and marking");
        group.MapGet("/{id:guid}", async (Guid id, SecuredData data, CancellationToken ct) => TypedResults.Ok(DocumentDetail.Of(await data.DocumentAsync(id, ct))))
            .WithSummary("A document with its decoded text");
        group.MapGet("/{id:guid}/original", async (Guid id, SecuredData data, CancellationToken ct) =>
        {
            var (document, bytes) = await data.OriginalAsync(id, ct);
            return TypedResults.File(bytes, document.MediaType, document.FileName);
        }).WithSummary("The bytes as they were received");
        group.MapPost("/", UploadAsync)
            .DisableAntiforgery()
            .Accepts<UploadForm>("multipart/form-data")
            .WithSummary("Upload a report (form field 'file'; optional tlp, handling, language, published)");
        return api;
    }

    private static async Task<Ok<Page<DocumentItem>>> ListAsync(
        SecuredData data, string? cursor, int? limit, Guid? entity, Guid? place, DateOnly? from, DateOnly? to, string? tlp, CancellationToken ct)
    {
        ListQuery.Range(from, to);
        var page = await data.DocumentsAsync(new KnowledgeFilter(entity, place, from, to, ListQuery.Tlp(tlp)), cursor, ListQuery.Limit(limit), ct);
        return TypedResults.Ok(page.Map(DocumentItem.Of));
    }

    private static async Task<Results<Created<UploadOutcome>, Ok<UploadOutcome>>> UploadAsync(HttpRequest request, SecuredData data, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new InvalidRequestException("send the report as multipart/form-data with a field named 'file'", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw new InvalidRequestException("the form has no field named 'file'");
        var tlp = ListQuery.Tlp(form["tlp"]) ?? Marking.Default.Tlp;
        var handling = string.IsNullOrWhiteSpace(form["handling"]) ? Marking.Default.Handling
            : Enum.TryParse<HandlingCode>(form["handling"], ignoreCase: true, out var code) && Enum.IsDefined(code) ? code
            : throw new InvalidRequestException("handling must be H0, H1, H2 or H3");
        var language = form["language"].ToString() is { Length: > 0 } lang ? lang is "es" or "en" ? lang : throw new InvalidRequestException("language must be es or en") : null;
        DateOnly? published = form["published"].ToString() is { Length: > 0 } day
            ? DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date) ? date : throw new InvalidRequestException("published must be a date as YYYY-MM-DD")
            : null;

        await using var content = file.OpenReadStream();
        var outcome = await data.UploadAsync(file.FileName, content, file.Length, new Marking(tlp, handling), language, published, ct);
        return outcome.Status == "added"
            ? TypedResults.Created($"/api/documents/{outcome.DocumentId}", outcome)
            : TypedResults.Ok(outcome);
    }

    /// <summary>The upload form as the OpenAPI document describes it.</summary>
    public sealed record UploadForm(IFormFile File, string? Tlp, string? Handling, string? Language, string? Published);
}
