using Microsoft.AspNetCore.Http;

namespace Enlace.Server.Components.Localization;

/// <summary>
/// The language a page is shown in: the reader's choice kept in a cookie for a year, else the first of Spanish or
/// English their browser asks for, else English. A <c>?lang=es</c> or <c>?lang=en</c> on any page stores the choice.
/// </summary>
public sealed class UiLanguage(IHttpContextAccessor http)
{
    public const string Cookie = "enlace-lang";
    public const string QueryKey = "lang";

    private string? _code;
    private UiText? _text;

    public string Code => _code ??= Resolve(http.HttpContext);

    public UiText T => _text ??= UiText.For(Code);

    public static bool IsKnown(string? code) => code is "es" or "en";

    private static string Resolve(HttpContext? context)
    {
        if (context is null)
        {
            return "en";
        }

        if (context.Request.Cookies.TryGetValue(Cookie, out var stored) && IsKnown(stored))
        {
            return stored!;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(IsKnown);
        return accepted ?? "en";
    }
}
