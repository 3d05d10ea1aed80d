using Enlace.Core.Entities;

namespace Enlace.Core.Identity;

/// <summary>
/// Scores whether two records name one entity, in [0, 1], with a reason an analyst can read. Different kinds never
/// match. The score is symmetric and blind to accents and case. Bands: <see cref="ResolutionBands"/>.
/// </summary>
public sealed class NameMatcher(IKnownNames names)
{
    public NameMatcher()
        : this(NoKnownNames.Instance)
    {
    }

    /// <summary>Takes a record's names apart once, for scoring against many others.</summary>
    public PreparedMention Prepare(MentionRecord record) => PreparedMention.Prepare(record, names);

    public MatchScore Score(MentionRecord a, MentionRecord b) => Score(Prepare(a), Prepare(b));

    public MatchScore Score(PreparedMention a, PreparedMention b)
    {
        if (a.Record.Kind != b.Record.Kind)
        {
            return new MatchScore(0, MatchRule.DifferentKinds);
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            return new MatchScore(0, MatchRule.NoName);
        }

        if (a.Record.Id == b.Record.Id)
        {
            return new MatchScore(1, MatchRule.SameRecord);
        }

        return a.Record.Kind switch
        {
            EntityKind.Organization => OrganisationRules.Score(a, b),
            EntityKind.Person => PersonRules.Score(a, b),
            EntityKind.Location => PlaceRules.Score(a, b),
            _ => ExactRules.Score(a, b),
        };
    }
}
