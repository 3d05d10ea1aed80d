using Microsoft.AspNetCore.Http;

namespace Enlace.Server.Hosting;

/// <summary>
/// Headers every response carries against hostile content and framing: a strict content security policy (the API
/// reference page alone may run its inline start-up script), no MIME sniffing, no framing, no referrer, and no caching
/// of agency data.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string StyleHashItem = "enlace.csp.style-hash";

    /// <summary>
    /// Lets this one response apply the inline style block with the given hash ("'sha256-…'"), and no other: a page
    /// meant to stand alone (a brief's HTML) stays styled while the rest of the site keeps the strict policy.
    /// </summary>
    public static void AllowInlineStyle(HttpContext context, string hash) => context.Items[StyleHashItem] = hash;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePolicy
                : context.Items[StyleHashItem] is string hash ? Policy.Replace("style-src 'self';", $"style-src 'self' {hash};", StringComparison.Ordinal)
                : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
