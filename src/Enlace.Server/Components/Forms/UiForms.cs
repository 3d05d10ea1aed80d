using Enlace.Core.Access;
using Enlace.Core.Markings;
using Enlace.Server.Access;
using Enlace.Server.Apis;
using Enlace.Server.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Enlace.Server.Components.Forms;

/// <summary>
/// The web UI's changes: plain HTML forms posted here, each checked against the antiforgery token of the page that
/// showed it, done through <see cref="SecuredData"/> exactly as the API does them, and answered with a redirect to the
/// page that shows the result (post, redirect, get). A refusal is the same 403 or 404 the API gives.
/// </summary>
internal static class UiForms
{
    public static void MapUiForms(this WebApplication app)
    {
        var forms = app.MapGroup("/ui").ExcludeFromDescription().DisableAntiforgery();
        forms.MapPost("/signin", SignInAsync).AllowAnonymous().RequireRateLimiting(AccountApi.SignInRateLimit);

        var signedIn = forms.MapGroup("").RequireAuthorization().AddEndpointFilter<CookieAntiforgeryFilter>();
        signedIn.MapPost("/signout", async (SignInManager<UserAccount> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.Redirect(WebUi.SignInPath);
        });
        signedIn.MapPost("/documents", UploadAsync);
        signedIn.MapPost("/events/grouping", async (SecuredData data, CancellationToken ct) =>
        {
            var (grouped, review) = await data.GroupEventsAsync(ct);
            return TypedResults.Redirect($"/events?grouped={grouped}&review={review}");
        });
        signedIn.MapPost("/adjudications", AdjudicateAsync);
        signedIn.MapPost("/sources/grades", GradeSourceAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<UserAccount> signIn)
    {
        // A sign-in form is checked too, so another site cannot sign a visitor in to an account of its choosing.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Redirect(WebUi.SignInPath + "?error=expired");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(form["username"].ToString(), form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Redirect(WebUi.SignInPath + "?error=locked");
        }

        if (!result.Succeeded)
        {
            return TypedResults.Redirect(WebUi.SignInPath + "?error=wrong");
        }

        var back = context.Request.Cookies[WebUi.ReturnCookie];
        context.Response.Cookies.Delete(WebUi.ReturnCookie);
        return TypedResults.Redirect(IsLocal(back) ? back! : "/");
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, SecuredData data, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new InvalidRequestException("send the report as multipart/form-data with a field named 'file'", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Back("/documents", "nofile");
        }

        var tlp = Marking.TryParseTlp(form["tlp"], out var level) ? level : Marking.Default.Tlp;
        var handling = Enum.TryParse<HandlingCode>(form["handling"], ignoreCase: true, out var code) && Enum.IsDefined(code) ? code : Marking.Default.Handling;
        var language = form["language"].ToString() is "es" or "en" ? form["language"].ToString() : null;
        DateOnly? published = DateOnly.TryParseExact(form["published"].ToString(), "yyyy-MM-dd", out var day) ? day : null;
        try
        {
            await using var content = file.OpenReadStream();
            var outcome = await data.UploadAsync(file.FileName, content, file.Length, new Marking(tlp, handling), language, published, ct);
            return TypedResults.Redirect($"/documents/{outcome.DocumentId}?uploaded={outcome.Status}&statements={outcome.Statements}");
        }
        catch (InvalidRequestException e)
        {
            return Back("/documents", "unreadable", e.Message);
        }
    }

    private static async Task<IResult> AdjudicateAsync(HttpRequest request, SecuredData data, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var key = form["conflict"].ToString();
        var page = "/conflict?key=" + Uri.EscapeDataString(key);
        if (!Guid.TryParse(form["chosen"], out var chosen))
        {
            return Back(page, "nochoice");
        }

        if (string.IsNullOrWhiteSpace(form["reason"]))
        {
            return Back(page, "noreason");
        }

        await data.AdjudicateAsync(key, chosen, form["reason"].ToString(), ct);
        return TypedResults.Redirect(page + "&adjudicated=1");
    }

    private static async Task<IResult> GradeSourceAsync(HttpRequest request, SourceGrading grading, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var source = form["source"].ToString();
        var page = "/sources" + (source.Length == 0 ? "" : "?source=" + Uri.EscapeDataString(source));
        if (source.Length == 0)
        {
            return Back(page, "nosource");
        }

        if (string.IsNullOrWhiteSpace(form["reason"]))
        {
            return Back(page, "noreason");
        }

        try
        {
            var grade = await grading.GradeAsync(source, form["reliability"].ToString(), form["reason"].ToString(), ct);
            return TypedResults.Redirect("/sources?source=" + Uri.EscapeDataString(grade.Source) + "&graded=" + grade.Reliability + "#history");
        }
        catch (InvalidRequestException e)
        {
            return Back(page, "refused", e.Message);
        }
    }

    private static RedirectHttpResult Back(string page, string error, string? detail = null) =>
        TypedResults.Redirect(page + (page.Contains('?') ? "&" : "?") + "error=" + error + (detail is null ? "" : "&detail=" + Uri.EscapeDataString(detail)));

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
