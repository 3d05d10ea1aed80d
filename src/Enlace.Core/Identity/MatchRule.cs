namespace Enlace.Core.Identity;

/// <summary>The rule that decided a match score; <see cref="MatchScore.Reason"/> turns it into words.</summary>
public enum MatchRule
{
    NothingInCommon,
    DifferentKinds,
    NoName,
    SameRecord,

    SameName,
    SameNameApartFromCase,
    SameNameApartFromAccents,
    SameNameOnceNormalised,
    GenericName,
    SameWordsInOtherOrder,
    OneTypo,
    ShortForm,
    GenericShortForm,
    SameNameCompatiblePlaces,

    AcronymOf,
    SameAcronym,
    AliasIsAcronym,
    TranslatedAcronym,
    AcronymTypoSamePlace,
    AcronymTypoAliasAgrees,
    AcronymTypoUnsupported,

    KnownInstitutionAcrossLanguages,
    KnownName,
    KnownAsDifferent,

    RecordedAlias,
    GenericAlias,
    SharedAlias,

    DifferentCountries,
    DifferentPlaces,
    DifferentAcronyms,
    PlaceOnOneSideOnly,

    SurnamesAndGivenNamesReordered,
    ShortNameOnly,
    GivenNamesFit,
    SurnameInitials,
    SurnamesOnly,
    GivenNameAndFirstSurnameOnly,
    OneSurnameOnly,
    NicknameOfOther,
    SharedAliasDifferentNames,
    DifferentGivenNames,
    DifferentSurnames,

    SameCountry,
    PlaceQualifiersDiffer,
    PlaceQualifierOnOneSide,
}
