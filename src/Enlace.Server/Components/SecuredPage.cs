using Enlace.Server.Access;
using Enlace.Server.Components.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Enlace.Server.Components;

/// <summary>
/// What every signed-in page shares: it reads only through <see cref="SecuredData"/>, speaks the reader's language,
/// and answers 404 (as the API does) for an item the reader may not see, without naming it.
/// </summary>
[Authorize]
public abstract class SecuredPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required SecuredData Data { get; set; }

    [Inject]
    public required UiLanguage Language { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; set; }

    protected UiText T => Language.T;

    protected bool Missing { get; private set; }

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    protected string? Query(string key) => HttpContext?.Request.Query[key] is { Count: > 0 } values && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;

    protected Guid? QueryGuid(string key) => Guid.TryParse(Query(key), out var id) ? id : null;

    protected DateOnly? QueryDate(string key) => DateOnly.TryParseExact(Query(key), "yyyy-MM-dd", out var day) ? day : null;

    /// <summary>Runs a read; an item the reader may not see makes the page a 404 that names nothing.</summary>
    protected async Task<bool> ReadAsync(Func<Task> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (NotVisibleException)
        {
            // The router then shows the not-found page with a 404, as the API answers for what the reader may not see.
            Missing = true;
            Navigation.NotFound();
            return false;
        }
    }
}
