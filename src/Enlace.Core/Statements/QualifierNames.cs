namespace Enlace.Core.Statements;

/// <summary>The snake_case names of qualifiers used by the extraction contract, the database and the API.</summary>
public static class QualifierNames
{
    public static string ToName(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at_least",
        Qualifier.MoreThan => "more_than",
        Qualifier.Approximately => "approximately",
        Qualifier.UpTo => "up_to",
        Qualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static Qualifier Parse(string name) =>
        TryParse(name, out var qualifier) ? qualifier : throw new FormatException($"unknown qualifier '{name}'");

    public static bool TryParse(string? name, out Qualifier qualifier) =>
        Enum.TryParse((name ?? "").Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out qualifier) && Enum.IsDefined(qualifier);
}
