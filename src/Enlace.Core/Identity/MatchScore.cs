using System.Globalization;

namespace Enlace.Core.Identity;

/// <summary>
/// How likely two records name one entity, in [0, 1], and why. The reason is written out only when read, so the
/// resolver can score millions of pairs without building a sentence for each; the details are names already held.
/// </summary>
public readonly record struct MatchScore(double Score, MatchRule Rule, string? Detail = null, string? Other = null, string? Place = null)
{
    // Rounded so that a score reached by summing penalties in either order is the same number (symmetry).
    public double Score { get; init; } = Math.Round(Math.Clamp(Score, 0, 1), 3);

    public static MatchScore Nothing => new(0, MatchRule.NothingInCommon);

    public string Reason => Rule switch
    {
        MatchRule.NothingInCommon => "nothing in common",
        MatchRule.DifferentKinds => "different kinds of entity",
        MatchRule.NoName => "no name to compare",
        MatchRule.SameRecord => "one record",
        MatchRule.SameName => "same name",
        MatchRule.SameNameApartFromCase => "same name apart from case",
        MatchRule.SameNameApartFromAccents => "same name apart from accents",
        MatchRule.SameNameOnceNormalised => "same name apart from punctuation, articles or abbreviations",
        MatchRule.GenericName => $"same generic name '{Detail}': which body it is depends on the country, which the name does not say",
        MatchRule.SameWordsInOtherOrder => "same words in another order",
        MatchRule.OneTypo => $"same name apart from one typo ('{Title(Detail)}' / '{Title(Other)}')",
        MatchRule.ShortForm => $"'{Detail}' may be a short form of '{Other}'",
        MatchRule.GenericShortForm => $"'{Detail}' is a generic short form that may or may not mean '{Other}'",
        MatchRule.SameNameCompatiblePlaces => $"same name, and {Title(Detail)} is in {Other}",
        MatchRule.AcronymOf => $"'{Detail}' is the acronym of '{Other}'",
        MatchRule.SameAcronym => $"both give the acronym '{Upper(Detail)}'" + (Place is null ? "" : $", both in {Title(Place)}"),
        MatchRule.AliasIsAcronym => $"'{Detail}', recorded as an alias, is the acronym of '{Other}'",
        MatchRule.TranslatedAcronym => $"Spanish and English names with the same acronym '{Upper(Detail)}' and country",
        MatchRule.AcronymTypoSamePlace => $"{AcronymTypo} ('{Upper(Detail)}' for '{Upper(Other)}'), both in {Title(Place)}",
        MatchRule.AcronymTypoAliasAgrees => $"{AcronymTypo} ('{Upper(Detail)}' for '{Upper(Other)}'), and '{Upper(Other)}' is recorded as an alias",
        MatchRule.AcronymTypoUnsupported => $"{AcronymTypo} ('{Upper(Detail)}' for '{Upper(Other)}') with nothing else to support it",
        MatchRule.KnownInstitutionAcrossLanguages => $"Spanish and English names of one institution ({Detail})",
        MatchRule.KnownName => $"known names of one institution or place ({Detail})",
        MatchRule.KnownAsDifferent => $"known as different institutions or places ({Detail} / {Other})",
        MatchRule.RecordedAlias => $"'{Detail}' is a recorded alias of '{Other}'",
        MatchRule.GenericAlias => $"'{Detail}' is recorded as an alias of '{Other}', but it is a generic name",
        MatchRule.SharedAlias => $"shares alias '{Detail}'",
        MatchRule.DifferentCountries => $"different countries ({Detail} / {Other})",
        MatchRule.DifferentPlaces => $"not the same office: different places ({Title(Detail)} / {Title(Other)})",
        MatchRule.DifferentAcronyms => $"different acronyms ('{Upper(Detail)}' / '{Upper(Other)}')",
        MatchRule.PlaceOnOneSideOnly => $"only one of the names places it in {Title(Place)}, so it may be a branch of the other",
        MatchRule.SurnamesAndGivenNamesReordered => "same surnames and given names in another order",
        MatchRule.ShortNameOnly => $"same short name '{Detail}', but two name parts or fewer identify no one",
        MatchRule.GivenNamesFit => $"same surnames, and the given names of '{Detail}' fit those of '{Other}'",
        MatchRule.SurnameInitials => $"given names agree but the surnames are only initials ('{Detail}')",
        MatchRule.SurnamesOnly => $"only the surnames '{Detail}' are given",
        MatchRule.GivenNameAndFirstSurnameOnly => $"only a given name and the first surname ('{Detail}') are given",
        MatchRule.OneSurnameOnly => $"only one surname ('{Detail}') is given",
        MatchRule.NicknameOfOther => $"'{Detail}' is a nickname recorded for '{Other}', and nicknames are shared by many",
        MatchRule.SharedAliasDifferentNames => $"shares alias '{Detail}' but the names differ",
        MatchRule.DifferentGivenNames => $"same surnames but different given names ('{Title(Detail)}' / '{Title(Other)}')",
        MatchRule.DifferentSurnames => $"different surnames ('{Title(Detail)}' / '{Title(Other)}')",
        MatchRule.SameCountry => $"Spanish and English names of one country ({Detail})",
        MatchRule.PlaceQualifiersDiffer => $"same name but different places ({Title(Detail)} / {Title(Other)})",
        MatchRule.PlaceQualifierOnOneSide => $"same name, but only one says it is in {Title(Detail)}",
        _ => Rule.ToString(),
    };

    private string AcronymTypo => Detail is not null && Other is not null && TokenSimilarity.Edit(Detail.ToLowerInvariant(), Other.ToLowerInvariant()) == EditKind.Transposition
        ? "one transposed letter in an acronym"
        : "one wrong letter in an acronym";

    // Details are held in normalised form (no allocation while scoring); they are dressed for reading here.
    private static string Upper(string? text) => text?.ToUpperInvariant() ?? "";

    private static string Title(string? text) => text is null ? "" : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);

    public override string ToString() => $"{Score:0.###} {Reason}";
}
