namespace Enlace.Core.Identity;

/// <summary>
/// Acronyms as evidence: an acronym and its expansion ("HSI" / "Homeland Security Investigations"), two names giving
/// the same acronym, an alias that is the other's acronym, and a mistyped acronym ("HIS" for "HSI") — which counts
/// only when something else agrees (the same city, or the correct acronym recorded as an alias).
/// </summary>
internal static class AcronymEvidence
{
    private const int ShortestTypoAcronym = 3;
    private const int LongestTypoAcronym = 6;

    /// <summary>Whether two short acronyms differ by one substituted or transposed letter.</summary>
    public static bool IsAcronymTypo(string a, string b) =>
        a.Length == b.Length && a.Length is >= ShortestTypoAcronym and <= LongestTypoAcronym
        && TokenSimilarity.Edit(a, b) is EditKind.Substitution or EditKind.Transposition;

    public static void Consider(PreparedMention a, PreparedMention b, ref Evidence evidence)
    {
        var x = a.Organisation!;
        var y = b.Organisation!;
        var shared = SharedCity(x, y);
        if (x.Stated is { } stated && stated == y.Stated)
        {
            evidence.Consider(new MatchScore(0.93, MatchRule.SameAcronym, stated, Place: shared));
        }

        if (x.Shaped is { } shaped)
        {
            if (shaped == y.Stated || shaped == y.Shaped)
            {
                evidence.Consider(new MatchScore(0.93, MatchRule.SameAcronym, shaped, Place: shared));
            }
            else if (y.Acronyms.Contains(shaped))
            {
                evidence.Consider(new MatchScore(0.93, MatchRule.AcronymOf, a.Record.Name, b.Record.Name));
            }
        }

        // An alias that is just the acronym of the record's own name adds nothing its name does not say: two bodies
        // whose names make the same letters ("Servicio de Aduanas de Perú", "Servicios Aguilar Peralta") stay apart.
        for (var i = 0; i < a.Aliases.Length; i++)
        {
            var alias = a.Aliases[i];
            if (!a.AliasIsGeneric[i] && IsSingleWord(alias) && !x.Acronyms.Contains(alias) && (y.Acronyms.Contains(alias) || alias == y.Own))
            {
                evidence.Consider(new MatchScore(0.93, MatchRule.AliasIsAcronym, a.RawAliases[i], b.Record.Name));
                break;
            }
        }

        Typo(a, b, x, y, shared, ref evidence);
        Translated(x, y, ref evidence);
    }

    private static void Typo(PreparedMention a, PreparedMention b, OrganisationName x, OrganisationName y, string? sharedCity, ref Evidence evidence)
    {
        // The mistyped side must be a bare acronym ("HIS Lima"): two full names that differ in their acronyms differ in their words too.
        if (x.Shaped is not { } typo)
        {
            return;
        }

        // Only an acronym the other name states or is: the letters of any long name are too easily one swap away.
        if (y.Own is not { } correct || !IsAcronymTypo(typo, correct))
        {
            return;
        }

        if (sharedCity is not null)
        {
            evidence.Consider(new MatchScore(0.9, MatchRule.AcronymTypoSamePlace, typo, correct, sharedCity));
        }
        else if (a.Aliases.Contains(correct) || b.Aliases.Contains(typo))
        {
            evidence.Consider(new MatchScore(0.9, MatchRule.AcronymTypoAliasAgrees, typo, correct));
        }
        else
        {
            evidence.Consider(new MatchScore(0.7, MatchRule.AcronymTypoUnsupported, typo, correct));
        }
    }

    // "Policía Nacional del Perú" and "Peruvian National Police" both make PNP; across languages, with the same country, that is telling.
    private static void Translated(OrganisationName x, OrganisationName y, ref Evidence evidence)
    {
        if (x.Shaped is not null || y.Shaped is not null || x.Language == y.Language || x.Language == NameLanguage.Unknown
            || y.Language == NameLanguage.Unknown || x.Countries == 0 || x.Countries != y.Countries)
        {
            return;
        }

        foreach (var acronym in x.Acronyms)
        {
            if (acronym.Length >= 3 && y.Acronyms.Contains(acronym))
            {
                // Telling, not proof: "Colombian Customs Service" and "Comando contra Secuestros de Cartagena" both make CCS.
                evidence.Consider(new MatchScore(0.8, MatchRule.TranslatedAcronym, acronym));
                return;
            }
        }
    }

    private static string? SharedCity(OrganisationName x, OrganisationName y)
    {
        foreach (var city in x.Cities)
        {
            if (y.Cities.Contains(city))
            {
                return city;
            }
        }

        return null;
    }

    private static bool IsSingleWord(string alias) => alias.Length is >= 2 and <= 10 && !alias.Contains(' ', StringComparison.Ordinal);
}
