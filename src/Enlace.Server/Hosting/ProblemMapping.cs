using Enlace.Core.Access;
using Enlace.Server.Access;
using Enlace.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Enlace.Server.Hosting;

/// <summary>The single place where failures become ProblemDetails responses with a status and a readable detail.</summary>
internal sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            NotVisibleException e => (StatusCodes.Status404NotFound, "Not found", e.Message),
            AccessDeniedException e => (StatusCodes.Status403Forbidden, "Forbidden", e.Message),
            InvalidRequestException e => (e.StatusCode, Title(e.StatusCode), e.Message),
            BadHttpRequestException e => (e.StatusCode, Title(e.StatusCode), e.Message),
            StoreUnavailableException e => (StatusCodes.Status503ServiceUnavailable, "Store unavailable", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "Server error", "the server failed; the error is in its log"),
        };

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status422UnprocessableEntity => "Unreadable report",
        StatusCodes.Status503ServiceUnavailable => "Service unavailable",
        _ => "Request refused",
    };
}
