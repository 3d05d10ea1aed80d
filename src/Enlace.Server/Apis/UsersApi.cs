using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Apis;

/// <summary>The administrator's own agency's accounts.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", async (SecuredData data, CancellationToken ct) => TypedResults.Ok(await data.UsersAsync(ct)))
            .WithSummary("Accounts of the caller's agency (administrators)");
        group.MapPost("/", async (NewUserRequest request, SecuredData data, CancellationToken ct) =>
        {
            var created = await data.CreateUserAsync(request, ct);
            return TypedResults.Created($"/api/users/{created.User.Id}", created);
        }).WithSummary("Create an account in the caller's agency (administrators); a generated password is returned once");
        return api;
    }
}
