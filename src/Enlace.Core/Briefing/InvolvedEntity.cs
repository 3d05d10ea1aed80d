namespace Enlace.Core.Briefing;

/// <summary>
/// One identity a brief names: its preferred name and the other names its merged members go by, so that an identity
/// of several entities is listed once.
/// </summary>
public sealed record InvolvedEntity(string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>"Name (also: Alias, Alias)", or the name alone.</summary>
    public override string ToString() => Aliases.Count == 0 ? Name : $"{Name} (also: {string.Join(", ", Aliases)})";
}
