namespace Enlace.Core.Briefing;

/// <summary>
/// A situation brief: what is known about an event or organisation, each figure with all its sources and grades, the
/// open conflicts, a timeline and the entities involved. Every fact carries the number of its citation.
/// </summary>
/// <param name="Entities">
/// Identities involved, by kind ("organization" → "PFV (also: Policía Federal de Valdoria)", "Los Halcones"): a merged
/// identity once, under its preferred name, with its other members' names as aliases.
/// </param>
public sealed record Brief(
    string Title,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Summary,
    IReadOnlyList<BriefFigure> Figures,
    IReadOnlyList<string> OpenConflicts,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyDictionary<string, IReadOnlyList<InvolvedEntity>> Entities,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>Adjudicated figures: the value an analyst chose, who and why, and every alternative kept beside it.</summary>
    public IEnumerable<BriefFigure> Decisions => Figures.Where(f => f.Decision is not null);
}
