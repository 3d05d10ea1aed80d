using Enlace.Core.Identity;
using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Enlace.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>
/// Identity review: the queue of pairs proposed as perhaps one entity, what an entity's identity is made of, and the
/// analyst's judgements, merges and splits. Every decision is an appended judgement with who and why; the latest on a
/// pair is in force, so each can be reversed, and nothing reaches another agency's entities.
/// </summary>
public static class IdentitiesApi
{
    public static RouteGroupBuilder MapIdentitiesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/identities").WithTags("Identities");
        group.MapGet("/review", QueueAsync)
            .WithSummary("The review queue: pairs judged unsure and not joined since, likeliest first (score, then judgement id), optionally of one kind")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:guid}", async (Guid id, SecuredData data, CancellationToken ct) => TypedResults.Ok(Cluster(await data.IdentityAsync(id, ct))))
            .WithSummary("The identity an entity belongs to: its members, the judgements that joined them with score, who and why, and the other judgements on them")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Decision(group.MapPost("/judgements", async (JudgementRequest request, SecuredData data, CancellationToken ct) =>
            Created(await data.JudgeIdentityAsync(request.A, request.B, request.Verdict, request.Reason, ct))))
            .WithSummary("Judge whether two entities are one: same, not_same (the pair is never proposed again) or unsure (back to the queue), with a reason");
        Decision(group.MapPost("/merge", async (MergeRequest request, SecuredData data, CancellationToken ct) =>
            Created(await data.MergeIdentitiesAsync(request.A, request.B, request.Reason, ct))))
            .WithSummary("Merge two entities of one kind into one identity, with a reason; a later split undoes it");
        Decision(group.MapPost("/split", async (SplitRequest request, SecuredData data, CancellationToken ct) =>
            Created(await data.SplitIdentityAsync(request.Entity, request.Member, request.Reason, ct))))
            .WithSummary("Take a member out of an entity's identity, with a reason; a later merge undoes it, and nothing is deleted");
        return api;
    }

    private static async Task<Ok<Page<ReviewItem>>> QueueAsync(SecuredData data, string? cursor, int? limit, string? kind, CancellationToken ct)
    {
        var known = IdentityReview.Kinds.Select(k => k.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        var wanted = string.IsNullOrWhiteSpace(kind) ? null
            : known.Contains(kind.Trim().ToLowerInvariant()) ? kind.Trim()
            : throw new InvalidRequestException($"unknown kind '{kind}'; identities are reviewed for {string.Join(", ", known)}");
        var page = await data.IdentityQueueAsync(wanted, cursor, ListQuery.Limit(limit), ct);
        return TypedResults.Ok(page.Map(e => new ReviewItem(JudgementItem.Of(e.Judgement), IdentityCardItem.Of(e.A), IdentityCardItem.Of(e.B))));
    }

    private static IdentityClusterItem Cluster(IdentityCluster c) => new(
        IdentityCardItem.Of(c.Entity), [.. c.Members.Select(IdentityCardItem.Of)], [.. c.Links.Select(JudgementItem.Of)], [.. c.Other.Select(JudgementItem.Of)]);

    private static Created<IdentityDecisionItem> Created(IdentityDecision decision) => TypedResults.Created(
        $"/api/identities/{decision.Judgement.A}", new IdentityDecisionItem(JudgementItem.Of(decision.Judgement), [.. decision.SetAside.Select(JudgementItem.Of)]));

    private static RouteHandlerBuilder Decision(RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
