using Microsoft.AspNetCore.Http;

namespace Enlace.Server.Components.Localization;

/// <summary>
/// Stores a reader's language when a page is asked for with <c>?lang=</c>, then sends them back to the same page without
/// it. A display preference only: it holds nothing of an agency's and needs no sign-in.
/// </summary>
internal sealed class LanguageSwitch(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || request.Path.StartsWithSegments("/api") || !request.Query.TryGetValue(UiLanguage.QueryKey, out var asked))
        {
            return next(context);
        }

        var code = asked.ToString();
        if (UiLanguage.IsKnown(code))
        {
            context.Response.Cookies.Append(UiLanguage.Cookie, code, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = request.IsHttps,
                IsEssential = true,
            });
        }

        context.Response.Redirect(request.PathBase + request.Path + Rest(request));
        return Task.CompletedTask;
    }

    /// <summary>
    /// The link that switches the page being shown to <paramref name="code"/>: its query (a search, a filter, a page of
    /// a list) with the language added. A query alone, so the browser keeps the page's path and the page never repeats
    /// an address it was asked for (a not-found page names nothing).
    /// </summary>
    public static string Link(HttpRequest? request, string code) =>
        (request is null ? QueryString.Empty : Rest(request)).Add(UiLanguage.QueryKey, code).ToUriComponent();

    private static QueryString Rest(HttpRequest request) =>
        QueryString.Create(request.Query.Where(p => p.Key != UiLanguage.QueryKey).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
}
