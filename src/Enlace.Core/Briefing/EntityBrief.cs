namespace Enlace.Core.Briefing;

/// <summary>
/// A brief on an organisation, person or place: the names it goes by (its identity cluster and the other names reports
/// use for it), then one section per event it takes part in, oldest first, each with its own figures table. Citation
/// numbers run across the whole brief.
/// </summary>
public sealed record EntityBrief(
    string Title,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Brief> Events,
    IReadOnlyList<Citation> Citations);
