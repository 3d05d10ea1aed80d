using Enlace.Core.Entities;
using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Enlace.Server.Hosting;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>Statements with their provenance, and the entities they are about.</summary>
public static class StatementsApi
{
    public static RouteGroupBuilder MapStatementsApi(this RouteGroupBuilder api)
    {
        var statements = api.MapGroup("/statements").WithTags("Statements");
        statements.MapGet("/", ListStatementsAsync).WithSummary("Statements by id, filtered by entity, place, dated range, marking, document and property");
        statements.MapGet("/{id:guid}", async (Guid id, SecuredData data, CancellationToken ct) => TypedResults.Ok(StatementItem.Of(await data.StatementAsync(id, ct))))
            .WithSummary("One statement");

        var entities = api.MapGroup("/entities").WithTags("Entities");
        entities.MapGet("/", ListEntitiesAsync).WithSummary("Entities by id, filtered by kind and document");
        entities.MapGet("/{id:guid}", async (Guid id, SecuredData data, CancellationToken ct) => TypedResults.Ok(EntityItem.Of(await data.EntityAsync(id, ct))))
            .WithSummary("One entity");
        return api;
    }

    private static async Task<Ok<Page<StatementItem>>> ListStatementsAsync(
        SecuredData data, string? cursor, int? limit, Guid? entity, Guid? place, DateOnly? from, DateOnly? to, string? tlp, Guid? document, string? property, CancellationToken ct)
    {
        ListQuery.Range(from, to);
        var filter = new KnowledgeFilter(entity, place, from, to, ListQuery.Tlp(tlp), document, string.IsNullOrWhiteSpace(property) ? null : property);
        return TypedResults.Ok((await data.StatementsAsync(filter, cursor, ListQuery.Limit(limit), ct)).Map(StatementItem.Of));
    }

    private static async Task<Ok<Page<EntityItem>>> ListEntitiesAsync(SecuredData data, string? cursor, int? limit, string? kind, Guid? document, CancellationToken ct)
    {
        EntityKind? parsed = string.IsNullOrWhiteSpace(kind) ? null
            : Enum.TryParse<EntityKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _) ? k
            : throw new InvalidRequestException($"unknown entity kind '{kind}'; kinds are {string.Join(", ", Enum.GetNames<EntityKind>().Select(n => n.ToLowerInvariant()))}");
        return TypedResults.Ok((await data.EntitiesAsync(new KnowledgeFilter(Kind: parsed, Document: document), cursor, ListQuery.Limit(limit), ct)).Map(EntityItem.Of));
    }
}
