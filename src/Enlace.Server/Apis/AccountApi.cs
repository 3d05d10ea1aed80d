using Enlace.Core.Access;
using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Enlace.Server.Apis;

/// <summary>Signing in and out (cookie for the web UI, bearer token for API clients), who am I, and the antiforgery token.</summary>
public static class AccountApi
{
    public const string SignInRateLimit = "sign-in";

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account").WithTags("Account");
        group.MapPost("/login", SignInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit)
            .Produces<AccessTokenResponse>()
            .WithSummary("Sign in; with useCookies=true sets the sign-in cookie, else returns a bearer token");
        group.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit)
            .Produces<AccessTokenResponse>()
            .WithSummary("Trade a refresh token for a new bearer token, unless the account changed its password or was locked since");
        group.MapPost("/logout", async (SignInManager<UserAccount> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).WithSummary("Sign out of the cookie session");
        group.MapGet("/me", (SecuredData data) => TypedResults.Ok(ScopeView.Of(data.Scope)))
            .WithSummary("Who the caller is: agency, roles, clearance, permissions");
        group.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return TypedResults.Ok(new AntiforgeryToken(tokens.HeaderName ?? "X-CSRF-TOKEN", tokens.RequestToken ?? ""));
        }).WithSummary("The token a cookie-signed-in client sends with every change");
        return api;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<UserAccount> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken ?? "");
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires ||
            await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } account || await signIn.UserManager.IsLockedOutAsync(account))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "the refresh token is not valid any more; sign in again");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(account), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> SignInAsync(SignInRequest request, bool? useCookies, SignInManager<UserAccount> signIn)
    {
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "Account locked", detail: "too many failed sign-ins; the account is locked for a while");
        }

        // The bearer handler has already written the token; a cookie sign-in has set its cookie.
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "wrong user name or password");
    }
}
