using Enlace.Core.Sources;

namespace Enlace.Server.Contracts;

/// <summary>One grade given to a source: the letter, why, by whom and when. Later grades are added on top.</summary>
public sealed record SourceGradeItem(Guid Id, string Source, string Reliability, string Reason, string GradedBy, DateTimeOffset GradedAt)
{
    public static SourceGradeItem Of(SourceGrade g) => new(g.Id, g.Source, g.Reliability.ToString(), g.Reason, g.GradedBy, g.GradedAt);
}
