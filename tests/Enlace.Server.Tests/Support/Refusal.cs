namespace Enlace.Server.Tests.Support;

/// <summary>Who is refused and how; <paramref name="Why"/> says why no refusal applies when none does.</summary>
public sealed record Refusal(string User, Expect Expect, string? Why = null)
{
    public static Refusal None(string why) => new("", Expect.NotApplicable, why);
}
