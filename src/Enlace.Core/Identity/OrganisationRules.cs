namespace Enlace.Core.Identity;

/// <summary>
/// Whether two organisation names denote one body. Disagreements decide first — a gazetteer that knows them apart,
/// different countries ("Policía Nacional del Perú" / "de Colombia"), different offices ("HSI Lima" / "HSI Bogotá"),
/// different acronyms — then the strongest agreement wins: same name, acronym and expansion, recorded aliases, a
/// gazetteer key, a short form. A name that places a branch in a city the other does not mention stays unsure.
/// </summary>
internal static class OrganisationRules
{
    public static MatchScore Score(PreparedMention a, PreparedMention b)
    {
        var x = a.Organisation!;
        var y = b.Organisation!;
        if (a.KnownKeys.Length > 0 && b.KnownKeys.Length > 0)
        {
            return Known(a, b, x, y);
        }

        if (Conflict(x, y) is { } conflict)
        {
            return conflict;
        }

        var evidence = new Evidence();
        SameWords(a, b, x, y, ref evidence);
        if (evidence.Decided)
        {
            return evidence.Best;
        }

        AcronymEvidence.Consider(a, b, ref evidence);
        AcronymEvidence.Consider(b, a, ref evidence);
        AliasEvidence(a, b, ref evidence);
        AliasEvidence(b, a, ref evidence);
        ShortForm(a, b, x, y, ref evidence);
        ShortForm(b, a, y, x, ref evidence);
        return CapBranch(x, y, evidence.Best);
    }

    private static MatchScore Known(PreparedMention a, PreparedMention b, OrganisationName x, OrganisationName y)
    {
        foreach (var key in a.KnownKeys)
        {
            if (b.KnownKeys.Contains(key))
            {
                var rule = x.Language != y.Language && x.Language != NameLanguage.Unknown && y.Language != NameLanguage.Unknown
                    ? MatchRule.KnownInstitutionAcrossLanguages
                    : MatchRule.KnownName;
                return new MatchScore(0.95, rule, key);
            }
        }

        return new MatchScore(0.05, MatchRule.KnownAsDifferent, a.KnownKeys[0], b.KnownKeys[0]);
    }

    private static MatchScore? Conflict(OrganisationName x, OrganisationName y)
    {
        if (x.Cities.Length > 0 && y.Cities.Length > 0 && !TokenSets.SharesAny(x.Cities, y.Cities))
        {
            return new MatchScore(0.1, MatchRule.DifferentPlaces, x.Cities[0], y.Cities[0]);
        }

        if (x.Countries != 0 && y.Countries != 0 && (x.Countries & y.Countries) != x.Countries && (x.Countries & y.Countries) != y.Countries)
        {
            return new MatchScore(0.05, MatchRule.DifferentCountries, Countries.FirstDisplay(x.Countries & ~y.Countries), Countries.FirstDisplay(y.Countries & ~x.Countries));
        }

        // Bodies keep their English acronym in Spanish text (HSI, DHS) but not always; only same-language acronyms must agree.
        if (x.Own is { } ox && y.Own is { } oy && ox != oy && !AcronymEvidence.IsAcronymTypo(ox, oy) && !TokenSimilarity.IsTypo(ox, oy)
            && (x.Language == y.Language || x.Language == NameLanguage.Unknown || y.Language == NameLanguage.Unknown))
        {
            return new MatchScore(0.1, MatchRule.DifferentAcronyms, ox, oy);
        }

        return null;
    }

    private static void SameWords(PreparedMention a, PreparedMention b, OrganisationName x, OrganisationName y, ref Evidence evidence)
    {
        var generic = x.IsGeneric || y.IsGeneric;
        if (x.Normalized == y.Normalized || x.Significant.AsSpan().SequenceEqual(y.Significant))
        {
            var rule = x.Normalized == y.Normalized ? SpellingDifference.Of(a.Record.Name, b.Record.Name) : MatchRule.SameNameOnceNormalised;
            evidence.Consider(generic ? new MatchScore(0.85, MatchRule.GenericName, a.Record.Name) : new MatchScore(1, rule));
            return;
        }

        if (x.SortedSignificant.AsSpan().SequenceEqual(y.SortedSignificant))
        {
            evidence.Consider(new MatchScore(generic ? 0.8 : 0.93, MatchRule.SameWordsInOtherOrder));
            return;
        }

        if (x.Core.Length > 0 && x.Core.AsSpan().SequenceEqual(y.Core) && x.Countries == y.Countries && x.Countries != 0
            && (x.Cities.Length == 0) != (y.Cities.Length == 0))
        {
            var city = x.Cities.Length > 0 ? x.Cities[0] : y.Cities[0];
            evidence.Consider(new MatchScore(0.9, MatchRule.SameNameCompatiblePlaces, city, Countries.FirstDisplay(x.Countries)));
        }

        if (!generic && OneTypo(x.Significant, y.Significant, out var typo, out var correct))
        {
            evidence.Consider(new MatchScore(0.92, MatchRule.OneTypo, typo, correct));
        }
    }

    private static bool OneTypo(string[] x, string[] y, out string? left, out string? right)
    {
        left = right = null;
        if (x.Length != y.Length || x.Length < 2)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                continue;
            }

            // Two real places one letter apart are two places; a real place and a misspelling of it are one.
            if (left is not null || !TokenSimilarity.IsTypo(x[i], y[i]) || (Countries.TryFind(x[i], out _) && Countries.TryFind(y[i], out _)))
            {
                return false;
            }

            (left, right) = (x[i], y[i]);
        }

        return left is not null;
    }

    private static void AliasEvidence(PreparedMention named, PreparedMention listing, ref Evidence evidence)
    {
        var at = Array.IndexOf(listing.Aliases, named.Normalized);
        if (at >= 0)
        {
            evidence.Consider(named.Organisation!.IsGeneric || listing.AliasIsGeneric[at]
                ? new MatchScore(0.75, MatchRule.GenericAlias, named.Record.Name, listing.Record.Name)
                : new MatchScore(0.93, MatchRule.RecordedAlias, named.Record.Name, listing.Record.Name));
        }

        for (var i = 0; i < named.Aliases.Length; i++)
        {
            if (!named.AliasIsGeneric[i] && Array.IndexOf(listing.Aliases, named.Aliases[i]) is var j && j >= 0 && !listing.AliasIsGeneric[j])
            {
                evidence.Consider(new MatchScore(0.9, MatchRule.SharedAlias, named.RawAliases[i]));
                return;
            }
        }
    }

    // "Policía Nacional" within "Policía Nacional del Perú": plausible, never enough.
    private static void ShortForm(PreparedMention a, PreparedMention b, OrganisationName x, OrganisationName y, ref Evidence evidence)
    {
        if (x.Significant.Length == 0 || x.Significant.Length >= y.Significant.Length || !TokenSets.ContainsAll(y.Significant, x.Significant))
        {
            return;
        }

        if (!x.IsGeneric)
        {
            evidence.Consider(new MatchScore(0.75, MatchRule.ShortForm, a.Record.Name, b.Record.Name));
        }
        else if (x.Significant.Length >= 2)
        {
            evidence.Consider(new MatchScore(0.65, MatchRule.GenericShortForm, a.Record.Name, b.Record.Name));
        }
    }

    // "HSI" and "HSI Lima" agree, but the second may be one office of the first.
    private static MatchScore CapBranch(OrganisationName x, OrganisationName y, MatchScore best)
    {
        if (best.Score <= 0.75 || (x.Cities.Length == 0) == (y.Cities.Length == 0))
        {
            return best;
        }

        var (placed, other) = x.Cities.Length > 0 ? (x, y) : (y, x);
        return other.Countries != 0 && (placed.Countries & ~other.Countries) == 0
            ? best
            : new MatchScore(0.75, MatchRule.PlaceOnOneSideOnly, Place: placed.Cities[0]);
    }
}
