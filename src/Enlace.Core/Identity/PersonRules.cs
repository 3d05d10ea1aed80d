namespace Enlace.Core.Identity;

/// <summary>
/// Whether two person names denote one person. Surnames must agree (a long one may carry one typo); given names must
/// agree or one must be the start of the other ("José M." / "José Manuel", "Rosa" / "Rosa Elvira"). Surnames alone, or
/// initials for surnames, are not enough on their own; a shared alias can tip such a pair, but never a pair whose
/// names disagree — many people are called "El Flaco".
/// </summary>
internal static class PersonRules
{
    public static MatchScore Score(PreparedMention a, PreparedMention b)
    {
        var x = a.Person!;
        var y = b.Person!;
        if (x.Normalized == y.Normalized)
        {
            // Brothers share both surnames, and many people share a nickname: two name parts or fewer identify no one.
            if (x.All.Length <= 2)
            {
                return new MatchScore(0.85, MatchRule.ShortNameOnly, a.Record.Name);
            }

            var rule = SpellingDifference.Of(a.Record.Name, b.Record.Name);
            var reordered = rule == MatchRule.SameNameOnceNormalised && (a.Record.Name.Contains(',') != b.Record.Name.Contains(','));
            return reordered ? new MatchScore(0.97, MatchRule.SurnamesAndGivenNamesReordered) : new MatchScore(1, rule);
        }

        var names = Names(a, b, x, y);
        return WithAliases(a, b, names);
    }

    private static MatchScore Names(PreparedMention a, PreparedMention b, PersonName x, PersonName y)
    {
        if (x.Shape == PersonNameShape.Single || y.Shape == PersonNameShape.Single)
        {
            return Single(a, b, x, y);
        }

        // "Rivas Oquendo" may be two surnames, "Rosa Huamán" a given name and a surname: both readings are tried.
        var best = default(MatchScore);
        for (var rx = 0; rx < Readings(x); rx++)
        {
            for (var ry = 0; ry < Readings(y); ry++)
            {
                var score = PersonComparison.Compare(a, b, rx == 0 ? x.Given : [], rx == 0 ? x.Surnames : x.All, ry == 0 ? y.Given : [], ry == 0 ? y.Surnames : y.All);
                if (score.Score > best.Score || best.Rule == MatchRule.NothingInCommon)
                {
                    best = score;
                }
            }
        }

        if (best.Score < 0.9 && x.All.Length >= 3 && x.Sorted.AsSpan().SequenceEqual(y.Sorted))
        {
            return new MatchScore(0.9, MatchRule.SurnamesAndGivenNamesReordered);
        }

        return best;
    }

    private static int Readings(PersonName name) => name.Shape == PersonNameShape.Ambiguous ? 2 : 1;

    private static MatchScore Single(PreparedMention a, PreparedMention b, PersonName x, PersonName y)
    {
        var (single, other, singleMention) = x.Shape == PersonNameShape.Single ? (x, y, a) : (y, x, b);
        var word = single.All[0];
        if (other.Shape != PersonNameShape.Single && other.Surnames.Contains(word))
        {
            return new MatchScore(0.65, MatchRule.OneSurnameOnly, singleMention.Record.Name);
        }

        return other.Shape == PersonNameShape.Single && TokenSimilarity.IsTypo(word, other.All[0])
            ? new MatchScore(0.65, MatchRule.OneTypo, word, other.All[0])
            : MatchScore.Nothing;
    }

    private static MatchScore WithAliases(PreparedMention a, PreparedMention b, MatchScore names)
    {
        var best = Better(Better(names, NameAsAlias(a, b)), NameAsAlias(b, a));

        var shared = SharedAlias(a, b);
        if (shared is null)
        {
            return best;
        }

        if (names.Rule is MatchRule.DifferentGivenNames or MatchRule.DifferentSurnames)
        {
            return new MatchScore(Math.Min(names.Score, 0.2), MatchRule.SharedAliasDifferentNames, shared);
        }

        // Two weak agreements — the surnames, and the same alias — together make a match.
        var boosted = names.Score >= ResolutionBands.UnsureAt ? new MatchScore(0.92, MatchRule.SharedAlias, shared) : new MatchScore(0.6, MatchRule.SharedAlias, shared);
        return boosted.Score > best.Score ? boosted : best;
    }

    private static MatchScore Better(MatchScore current, MatchScore candidate) => candidate.Score > current.Score ? candidate : current;

    private static MatchScore NameAsAlias(PreparedMention named, PreparedMention listing)
    {
        if (listing.Aliases.Length == 0 || Array.IndexOf(listing.Aliases, named.Normalized) < 0)
        {
            return MatchScore.Nothing;
        }

        return named.Person!.Shape == PersonNameShape.Single
            ? new MatchScore(0.8, MatchRule.NicknameOfOther, named.Record.Name, listing.Record.Name)
            : new MatchScore(0.92, MatchRule.RecordedAlias, named.Record.Name, listing.Record.Name);
    }

    private static string? SharedAlias(PreparedMention a, PreparedMention b)
    {
        for (var i = 0; i < a.Aliases.Length; i++)
        {
            if (Array.IndexOf(b.Aliases, a.Aliases[i]) >= 0)
            {
                return a.RawAliases[i];
            }
        }

        return null;
    }
}
