using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Enlace.Server.Hosting;

/// <summary>Names the API and declares how callers authenticate, so the reference page can send a bearer token.</summary>
internal sealed class OpenApiDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Enlace API";
        document.Info.Description =
            "Reports, statements with provenance, identity review, events, conflicts, adjudications, search and briefs of the signed-in user's agency. " +
            "Sign in with POST /api/account/login and send the access token as `Authorization: Bearer …`. Lists are ordered by id " +
            "and paged with the opaque `next` cursor; errors are ProblemDetails.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken POST /api/account/login returns",
        };
        return Task.CompletedTask;
    }
}
