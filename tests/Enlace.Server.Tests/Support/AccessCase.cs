namespace Enlace.Server.Tests.Support;

/// <summary>
/// What every endpoint must be tested with: a request on agency north's data, a user who may make it, a user of
/// agency south, a north user whose role or clearance does not allow it, and (unless public) an anonymous caller,
/// who is refused with 401 by the API and sent to the sign-in page by the web UI (<paramref name="AnonymousSignsIn"/>).
/// <paramref name="Before"/>, when given, runs before each caller's request to put north's data in the state the request
/// needs (a split needs a merged identity).
/// </summary>
public sealed record AccessCase(
    Func<TwoAgencies, HttpRequestMessage> Request,
    string Allowed,
    Refusal OtherAgency,
    Refusal RoleOrMarking,
    string? PublicBecause = null,
    bool AnonymousSignsIn = false,
    Func<TwoAgencies, Task>? Before = null)
{
    public static AccessCase Public(Func<TwoAgencies, HttpRequestMessage> request, string because) =>
        new(request, "anonymous", Refusal.None(because), Refusal.None(because), because);

    /// <summary>A web UI page or form: like an API case, but an anonymous caller lands on the sign-in page.</summary>
    public static AccessCase Page(Func<TwoAgencies, HttpRequestMessage> request, string allowed, Refusal otherAgency, Refusal roleOrMarking) =>
        new(request, allowed, otherAgency, roleOrMarking, AnonymousSignsIn: true);
}
