using CsCheck;
using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

public sealed class NameMatcherProperties
{
    private static readonly NameMatcher Matcher = new();

    private static double Score(MentionRecord a, MentionRecord b) => Matcher.Score(a, b).Score;

    [Fact]
    public void The_score_is_symmetric_and_between_zero_and_one()
    {
        Gen.Select(NameGen.Kind, NameGen.RelatedNames, NameGen.Aliases, NameGen.Aliases).Sample((kind, names, aliasesA, aliasesB) =>
        {
            var (a, b) = (Mentions.Of(kind, names.Item1, aliasesA), Mentions.Of(kind, names.Item2, aliasesB));
            var forward = Score(a, b);
            return forward == Score(b, a) && forward is >= 0 and <= 1;
        }, iter: 3000);
    }

    [Fact]
    public void A_record_scores_one_against_itself()
    {
        NameGen.Record.Where(r => NameForms.Normalize(r.Name).Length > 0).Sample(r => Score(r, r) == 1);
    }

    [Fact]
    public void Another_record_with_the_same_name_scores_one_unless_the_name_is_generic_or_too_short()
    {
        NameGen.Record.Where(r => NameForms.Normalize(r.Name).Length > 0).Sample(r =>
        {
            var bare = r with { Aliases = [] };
            var generic = Matcher.Score(bare, bare with { Id = Guid.CreateVersion7() }).Rule is MatchRule.GenericName or MatchRule.ShortNameOnly;
            var score = Score(r, r with { Id = Guid.CreateVersion7() });
            return score == 1 || (generic && score >= ResolutionBands.UnsureAt);
        });
    }

    [Fact]
    public void Accents_and_case_never_change_the_score()
    {
        Gen.Select(NameGen.Kind, NameGen.RelatedNames, NameGen.Aliases).Sample((kind, names, aliases) =>
        {
            var a = Mentions.Of(kind, names.Item1, aliases);
            var b = Mentions.Of(kind, names.Item2);
            var score = Score(a, b);
            return score == Score(a with { Name = NameGen.StripAccents(a.Name) }, b)
                && score == Score(a with { Name = a.Name.ToUpperInvariant() }, b)
                && score == Score(a with { Name = a.Name.ToLowerInvariant(), Aliases = [.. aliases.Select(NameGen.StripAccents)] }, b)
                && score == Score(a, b with { Name = NameGen.AlternateCase(b.Name) });
        }, iter: 2000);
    }

    [Fact]
    public void Different_kinds_always_score_zero()
    {
        Gen.Select(NameGen.Record, NameGen.Record).Where((a, b) => a.Kind != b.Kind).Sample((a, b) =>
            Score(a, b) == 0 && Score(a, a with { Id = Guid.CreateVersion7(), Kind = a.Kind == EntityKind.Person ? EntityKind.Location : EntityKind.Person }) == 0);
    }

    [Fact]
    public void Any_text_at_all_is_scored_without_failing()
    {
        Gen.Select(NameGen.Kind, Gen.String, Gen.String).Sample((kind, a, b) => Score(Mentions.Of(kind, a), Mentions.Of(kind, b)) is >= 0 and <= 1);
    }
}
