using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Enlace.Core.Access;
using Enlace.Server.Access;
using Enlace.Server.Apis;
using Enlace.Server.Components;
using Enlace.Server.Identity;
using Enlace.Storage;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enlace.Server.Hosting;

/// <summary>Everything the server registers: store, identity and sign-in, the secured data service, limits, OpenAPI.</summary>
public static class ServerServices
{
    /// <summary>Picks the bearer handler when the request carries a token, the cookie handler otherwise.</summary>
    public const string SignedInScheme = "Enlace";

    public static IServiceCollection AddEnlaceServer(this IServiceCollection services, SqlStore store, ServerOptions options)
    {
        services.AddSingleton(_ => store);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountStore>();
        services.AddSingleton<ClearedQueries>();
        services.AddSingleton<KeyRingStore>();
        services.AddHttpContextAccessor();

        services.AddDataProtection().SetApplicationName("Enlace");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(provider.GetRequiredService<KeyRingStore>())));

        AddSignIn(services, options);

        services.AddScoped<AccessScopeResolver>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped(provider => provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Features.Get<AccessScope>()
            ?? throw new AccessDeniedException("sign in first"));
        services.AddScoped<SecuredData>();
        services.AddScoped<SourceGrading>();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadBytes + UploadOverhead);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = "X-CSRF-TOKEN";
            antiforgery.Cookie.Name = "enlace-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AccountApi.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "too many sign-in attempts from this address; wait a minute" },
                });
            };
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer<OpenApiDescription>());
        services.AddEnlaceWebUi();
        return services;
    }

    /// <summary>Room for the multipart envelope around the largest accepted report.</summary>
    public const long UploadOverhead = 1024 * 1024;

    private static void AddSignIn(IServiceCollection services, ServerOptions options)
    {
        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = SignedInScheme;
                auth.DefaultChallengeScheme = SignedInScheme;
            })
            .AddPolicyScheme(SignedInScheme, null, policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = options.BearerTokenLifetime ?? TimeSpan.FromHours(1))
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.Cookie.Name = "enlace";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;

                // An API caller gets a status, not a redirect to a login page; a web page goes to the sign-in page.
                cookie.Events.OnRedirectToLogin = context => context.Request.Path.StartsWithSegments("/api")
                    ? Status(context, StatusCodes.Status401Unauthorized)
                    : SignInPage(context);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        services.AddEnlaceIdentityCore(options.MaxFailedSignIns, options.LockoutDuration).AddSignInManager();
    }

    private static Task SignInPage(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        WebUi.SendToSignIn(context.HttpContext);
        return Task.CompletedTask;
    }

    private static Task Status(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
