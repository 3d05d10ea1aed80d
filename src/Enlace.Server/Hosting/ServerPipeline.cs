using Enlace.Server.Access;
using Enlace.Server.Apis;
using Enlace.Server.Components;
using Microsoft.AspNetCore.Builder;
using Scalar.AspNetCore;

namespace Enlace.Server.Hosting;

/// <summary>The request pipeline and the routes: security headers first, then sign-in, scope, authorization, limits.</summary>
public static class ServerPipeline
{
    public static WebApplication UseEnlaceServer(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseEnlaceWebUi();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<AccessScopeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapScalarApiReference(reference => reference.WithTitle("Enlace API"));

        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<CookieAntiforgeryFilter>();
        api.MapAccountApi();
        api.MapDocumentsApi();
        api.MapStatementsApi();
        api.MapReconciliationApi();
        api.MapIdentitiesApi();
        api.MapSearchApi();
        api.MapSourcesApi();
        api.MapUsersApi();
        app.MapEnlaceWebUi();
        return app;
    }
}
