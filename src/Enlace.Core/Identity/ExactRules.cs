namespace Enlace.Core.Identity;

/// <summary>Events, operations, identifiers and reports: only the same normalised name, or a recorded alias, makes a match.</summary>
internal static class ExactRules
{
    public static MatchScore Score(PreparedMention a, PreparedMention b)
    {
        if (a.Normalized == b.Normalized)
        {
            return new MatchScore(1, SpellingDifference.Of(a.Record.Name, b.Record.Name));
        }

        if (Array.IndexOf(b.Aliases, a.Normalized) >= 0)
        {
            return new MatchScore(0.93, MatchRule.RecordedAlias, a.Record.Name, b.Record.Name);
        }

        if (Array.IndexOf(a.Aliases, b.Normalized) >= 0)
        {
            return new MatchScore(0.93, MatchRule.RecordedAlias, b.Record.Name, a.Record.Name);
        }

        var shared = Array.FindIndex(a.Aliases, alias => Array.IndexOf(b.Aliases, alias) >= 0);
        return shared >= 0 ? new MatchScore(0.9, MatchRule.SharedAlias, a.RawAliases[shared]) : MatchScore.Nothing;
    }
}
