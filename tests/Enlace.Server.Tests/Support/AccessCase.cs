namespace Enlace.Server.Tests.Support;

/// <summary>
/// What every endpoint must be tested with: a request on agency north's data, a user who may make it, a user of
/// agency south, a north user whose role or clearance does not allow it, and (unless public) an anonymous caller.
/// </summary>
public sealed record AccessCase(Func<TwoAgencies, HttpRequestMessage> Request, string Allowed, Refusal OtherAgency, Refusal RoleOrMarking, string? PublicBecause = null)
{
    public static AccessCase Public(Func<TwoAgencies, HttpRequestMessage> request, string because) =>
        new(request, "anonymous", Refusal.None(because), Refusal.None(because), because);
}
