using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>Events, the conflicts between their sources, and analysts' adjudications.</summary>
public static class ReconciliationApi
{
    public static RouteGroupBuilder MapReconciliationApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");
        events.MapGet("/", async (SecuredData data, string? cursor, int? limit, Guid? entity, Guid? place, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        {
            ListQuery.Range(from, to);
            return TypedResults.Ok((await data.EventsAsync(new EventFilter(entity, place, from, to), cursor, ListQuery.Limit(limit), ct)).Map(EventItem.Of));
        }).WithSummary("Events by id, filtered by a participant, a place or days overlapping a range");
        events.MapGet("/{id:guid}", async (Guid id, SecuredData data, CancellationToken ct) => TypedResults.Ok(EventItem.Of(await data.EventAsync(id, ct))))
            .WithSummary("One event with every figure compared");
        events.MapPost("/grouping", async (SecuredData data, CancellationToken ct) =>
        {
            var (grouped, review) = await data.GroupEventsAsync(ct);
            return TypedResults.Ok(new GroupingResult(grouped, review));
        }).WithSummary("Group the reports' happenings into events (recorded as judgements an analyst can overrule)");

        api.MapPost("/reconciliation", async (SecuredData data, CancellationToken ct) => TypedResults.Ok(ReconcileResult.Of(await data.ReconcileAsync(ct))))
            .WithTags("Events")
            .WithSummary("Reconcile the agency's reports: resolve the names they use (same, or unsure for review) and group their happenings into events; pairs already judged are never proposed again")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var conflicts = api.MapGroup("/conflicts").WithTags("Conflicts");
        conflicts.MapGet("/", async (SecuredData data, string? cursor, int? limit, Guid? @event, bool? all, CancellationToken ct) =>
            TypedResults.Ok((await data.ConflictsAsync(@event, all == true, cursor, ListQuery.Limit(limit), ct)).Map(FigureItem.Of)))
            .WithSummary("Figures and dates on which an event's sources disagree (all=true: every figure)");

        var adjudications = api.MapGroup("/adjudications").WithTags("Adjudications");
        adjudications.MapGet("/", async (SecuredData data, string? cursor, int? limit, string? conflict, CancellationToken ct) =>
            TypedResults.Ok((await data.AdjudicationsAsync(string.IsNullOrWhiteSpace(conflict) ? null : conflict, cursor, ListQuery.Limit(limit), ct)).Map(AdjudicationItem.Of)))
            .WithSummary("Adjudications, optionally of one conflict");
        adjudications.MapPost("/", async (AdjudicationRequest request, SecuredData data, CancellationToken ct) =>
        {
            var adjudication = await data.AdjudicateAsync(request.ConflictKey ?? "", request.ChosenStatementId, request.Reason ?? "", ct);
            return TypedResults.Created($"/api/adjudications?conflict={Uri.EscapeDataString(adjudication.ConflictKey)}", AdjudicationItem.Of(adjudication));
        }).WithSummary("Settle a conflict by choosing one statement, with a reason; every side is kept");
        return api;
    }
}
