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

        var rest = QueryString.Create(request.Query.Where(p => p.Key != UiLanguage.QueryKey).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        context.Response.Redirect(request.PathBase + request.Path + rest);
        return Task.CompletedTask;
    }
}
