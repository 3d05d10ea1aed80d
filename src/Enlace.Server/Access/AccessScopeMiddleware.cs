using Enlace.Core.Access;
using Microsoft.AspNetCore.Http;

namespace Enlace.Server.Access;

/// <summary>
/// Resolves the signed-in user's <see cref="AccessScope"/> once per request and keeps it on the request, where
/// <see cref="SecuredData"/> finds it. A principal whose account is gone, locked or re-stamped is treated as anonymous.
/// </summary>
internal sealed class AccessScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AccessScopeResolver resolver)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            if (await resolver.ResolveAsync(context.User, context.RequestAborted) is { } scope)
            {
                context.Features.Set(scope);
            }
            else
            {
                context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
        }

        await next(context);
    }
}
