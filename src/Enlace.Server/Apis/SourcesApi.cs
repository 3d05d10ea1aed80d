using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>The sources statements cite and analysts' Admiralty reliability grades of them.</summary>
public static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");
        sources.MapGet("/", async (SourceGrading grading, CancellationToken ct) =>
            TypedResults.Ok<IReadOnlyList<SourceItem>>([.. (await grading.SourcesAsync(ct)).Select(SourceItem.Of)]))
            .WithSummary("Every source the caller's statements cite, with its reliability grade in force (F until graded)");
        sources.MapGet("/grades", async (string? source, SourceGrading grading, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                throw new Hosting.InvalidRequestException("name the source in source=");
            }

            return TypedResults.Ok<IReadOnlyList<SourceGradeItem>>([.. (await grading.HistoryAsync(source, ct)).Select(SourceGradeItem.Of)]);
        }).WithSummary("Every grade a source was given, oldest first; the last is in force");
        sources.MapPost("/grades", async (SourceGradeRequest request, SourceGrading grading, CancellationToken ct) =>
        {
            var grade = await grading.GradeAsync(request.Source, request.Reliability, request.Reason, ct);
            return TypedResults.Created($"/api/sources/grades?source={Uri.EscapeDataString(grade.Source)}", SourceGradeItem.Of(grade));
        }).WithSummary("Grade a source A–F with a reason (analysts); earlier grades stay as its history");
        return api;
    }
}
