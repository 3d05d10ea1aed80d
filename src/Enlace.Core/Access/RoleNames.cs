namespace Enlace.Core.Access;

/// <summary>The kebab-case names of roles used by the command line, the API and the database.</summary>
public static class RoleNames
{
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<Role>().Select(ToName)];

    public static string ToName(this Role role) => role switch
    {
        Role.Administrator => "administrator",
        Role.Analyst => "analyst",
        Role.LiaisonOfficer => "liaison-officer",
        Role.Commander => "commander",
        Role.VictimServices => "victim-services",
        Role.Viewer => "viewer",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Accepts "liaison-officer", "liaison_officer", "LiaisonOfficer" and the like.</summary>
    public static bool TryParse(string? name, out Role role)
    {
        var key = (name ?? "").Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse(key, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(key, out _);
    }
}
