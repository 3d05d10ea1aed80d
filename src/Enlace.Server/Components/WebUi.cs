using Enlace.Server.Components.Forms;
using Enlace.Server.Components.Localization;
using Enlace.Server.Components.Map;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Enlace.Server.Components;

/// <summary>
/// The web UI: server-rendered pages (static Blazor components, no client runtime) that read only through
/// <see cref="Access.SecuredData"/>, the form endpoints that make its changes, and its static files.
/// </summary>
public static class WebUi
{
    public const string SignInPath = "/signin";

    /// <summary>Where a signed-out reader was going, kept in a short-lived cookie rather than echoed into the sign-in page.</summary>
    public const string ReturnCookie = "enlace-return";

    public static IServiceCollection AddEnlaceWebUi(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddScoped<UiLanguage>();
        services.AddScoped<Shared.EntityNames>();
        services.AddScoped<Shared.DocumentTexts>();
        services.AddSingleton<PlaceCoordinates>();
        return services;
    }

    /// <summary>Static files (styles, scripts, vendored libraries, map data: nothing of any agency) and the language switch.</summary>
    public static WebApplication UseEnlaceWebUi(this WebApplication app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types });
        app.UseMiddleware<LanguageSwitch>();
        return app;
    }

    public static WebApplication MapEnlaceWebUi(this WebApplication app)
    {
        // Pages only answer GET: every change is a form posted to one of the endpoints under /ui.
        var pages = app.MapRazorComponents<App>();
        pages.Add(endpoint => endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get])));
        pages.Finally(endpoint =>
        {
            // Blazor's redirect endpoint serves pages that stream; these never do, so it only ever sends home.
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.TrimStart('/') == "_framework/opaque-redirect")
            {
                route.RequestDelegate = context =>
                {
                    context.Response.Redirect("/");
                    return Task.CompletedTask;
                };
            }
        });
        app.MapUiForms();
        return app;
    }

    /// <summary>A page asked for without sign-in goes to the sign-in page, remembering where it was going.</summary>
    public static void SendToSignIn(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            context.Response.Cookies.Append(ReturnCookie, request.Path + request.QueryString, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                MaxAge = TimeSpan.FromMinutes(30),
                IsEssential = true,
            });
        }

        context.Response.Redirect(SignInPath);
    }
}
