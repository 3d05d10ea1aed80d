using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Enlace.Server.Hosting;

/// <summary>
/// Refuses a state-changing request that rides on the sign-in cookie unless it carries the antiforgery token
/// (GET /api/account/antiforgery hands it out). Requests with a bearer token are not forgeable by another site and
/// pass; so do reads.
/// </summary>
internal sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var safe = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
        var bearer = request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!safe && !bearer && context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context.HttpContext);
            }
            catch (AntiforgeryValidationException)
            {
                throw new InvalidRequestException("a change made with the sign-in cookie needs the antiforgery token in the X-CSRF-TOKEN header");
            }
        }

        return await next(context);
    }
}
