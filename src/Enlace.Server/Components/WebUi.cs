using Enlace.Server.Components.Forms;
using Enlace.Server.Components.Localization;
using Enlace.Server.Components.Map;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        services.AddSingleton<PlaceCoordinates>();
        return services;
    }

    /// <summary>Static files (styles, scripts, vendored libraries, map data: nothing of any agency) and the language switch.</summary>
    public static WebApplication UseEnlaceWebUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseMiddleware<LanguageSwitch>();
        return app;
    }

    public static WebApplication MapEnlaceWebUi(this WebApplication app)
    {
        // Pages only answer GET: every change is a form posted to one of the endpoints under /ui.
        app.MapRazorComponents<App>().Add(endpoint => endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get])));
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
