namespace Enlace.Core.Identity;

/// <summary>
/// Whether two place names denote one place, conservatively: homonyms abound ("Santiago" in Chile and in Cusco), so only
/// the same name with no disagreeing qualifier, a country named in either language, a gazetteer key, or one typo in a
/// long name count. A shorter name within a longer one ("Cartagena" / "Cartagena de Indias") goes to review.
/// </summary>
internal static class PlaceRules
{
    public static MatchScore Score(PreparedMention a, PreparedMention b)
    {
        var x = a.Place!;
        var y = b.Place!;
        if (a.KnownKeys.Length > 0 && b.KnownKeys.Length > 0)
        {
            var key = Array.Find(a.KnownKeys, k => Array.IndexOf(b.KnownKeys, k) >= 0);
            return key is not null
                ? new MatchScore(0.95, MatchRule.KnownName, key)
                : new MatchScore(0.05, MatchRule.KnownAsDifferent, a.KnownKeys[0], b.KnownKeys[0]);
        }

        if (x.Qualifier.Length > 0 && y.Qualifier.Length > 0 && x.Qualifier != y.Qualifier)
        {
            return new MatchScore(0.05, MatchRule.PlaceQualifiersDiffer, x.Qualifier, y.Qualifier);
        }

        var evidence = new Evidence();
        if (x.Normalized == y.Normalized)
        {
            return new MatchScore(1, SpellingDifference.Of(a.Record.Name, b.Record.Name));
        }

        if (x.Country >= 0 && x.Country == y.Country)
        {
            evidence.Consider(new MatchScore(0.97, MatchRule.SameCountry, Countries.Display(x.Country)));
        }
        else if (x.CoreJoined == y.CoreJoined)
        {
            evidence.Consider(x.Qualifier != y.Qualifier
                ? new MatchScore(0.75, MatchRule.PlaceQualifierOnOneSide, x.Qualifier.Length > 0 ? x.Qualifier : y.Qualifier)
                : new MatchScore(0.93, MatchRule.SameNameOnceNormalised));
        }
        else if (OneTypo(x.Core, y.Core, out var left, out var right))
        {
            evidence.Consider(new MatchScore(0.9, MatchRule.OneTypo, left, right));
        }

        Aliases(a, b, ref evidence);
        Aliases(b, a, ref evidence);
        ShortForm(a, b, x, y, ref evidence);
        ShortForm(b, a, y, x, ref evidence);
        return evidence.Best;
    }

    private static bool OneTypo(string[] x, string[] y, out string? left, out string? right)
    {
        left = right = null;
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                continue;
            }

            if (left is not null || !TokenSimilarity.IsTypo(x[i], y[i]))
            {
                return false;
            }

            (left, right) = (x[i], y[i]);
        }

        return left is not null;
    }

    private static void Aliases(PreparedMention named, PreparedMention listing, ref Evidence evidence)
    {
        if (Array.IndexOf(listing.Aliases, named.Normalized) >= 0)
        {
            evidence.Consider(new MatchScore(0.93, MatchRule.RecordedAlias, named.Record.Name, listing.Record.Name));
        }

        for (var i = 0; i < named.Aliases.Length; i++)
        {
            if (Array.IndexOf(listing.Aliases, named.Aliases[i]) >= 0)
            {
                evidence.Consider(new MatchScore(0.9, MatchRule.SharedAlias, named.RawAliases[i]));
                return;
            }
        }
    }

    private static void ShortForm(PreparedMention a, PreparedMention b, PlaceName x, PlaceName y, ref Evidence evidence)
    {
        if (x.Core.Length > 0 && x.Core.Length < y.Core.Length && y.Core.AsSpan(0, x.Core.Length).SequenceEqual(x.Core))
        {
            evidence.Consider(new MatchScore(0.75, MatchRule.ShortForm, a.Record.Name, b.Record.Name));
        }
    }
}
