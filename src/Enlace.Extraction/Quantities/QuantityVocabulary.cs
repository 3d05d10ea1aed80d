using Enlace.Core.Statements;

namespace Enlace.Extraction.Quantities;

/// <summary>The words of one language that say how a figure is qualified, what it counts and for whom.</summary>
/// <param name="PersonCues">Verbs and nouns that say what happened to counted people.</param>
/// <param name="SeizureCues">Verbs that make counted things and money a seizure.</param>
/// <param name="SentenceCues">Words that make a number of years a prison sentence.</param>
/// <param name="HypotheticalCues">Words that make a sentence only possible ("faces up to 35 years"), not imposed.</param>
/// <param name="GapWords">Words that may stand between a verb and the figure it governs ("arrest of", "rescató a").</param>
/// <param name="LinkWords">Words that may stand between two figures of one list ("46 women, including seven minors").</param>
/// <param name="AnaphoraAfter">After a number, the group it is part of was counted before: "nine of them".</param>
/// <param name="AnaphoraBefore">Before a number, the same: "Of them, 17 are Venezuelan", "De ellas, 9".</param>
/// <param name="TotalBefore">Before a number, a breakdown of the last total: "Del total, 38", "In total, 8".</param>
/// <param name="PartitiveAfter">After a number, a subset of a named group: "16 de los imputados", "28 of the people".</param>
/// <param name="RemainderWords">"remaining", "restantes": the rest of a group, whose fate the verb tells.</param>
/// <param name="Modifiers">Adjectives allowed between a number and its noun: "alleged", "presuntos", "young".</param>
/// <param name="PopulationModifiers">Adjectives that name the population: "minor victims", "adolescent".</param>
/// <param name="FunctionWords">Words that are never the counted noun.</param>
/// <param name="Copulas">"are", "son": "17 are Venezuelan", "Nueve de ellas son adolescentes".</param>
/// <param name="NumberOf">"the number of women freed at about 50": the noun counted by a bare figure.</param>
/// <param name="ItemWords">Multi-word names of seized goods after "of"/"de": "cocaine base paste".</param>
/// <param name="CashWords">"in cash", "en efectivo".</param>
/// <param name="NationalityPhrase">"de nacionalidad", "of ... nationality": the word after names the population.</param>
/// <param name="ValueCues">Before an amount, a value rather than money seized: "worth", "valorados en".</param>
/// <param name="PostQualifiers">Qualifiers written after the figure: "30 people or more", "400 agentes aproximadamente".</param>
internal sealed record QuantityVocabulary(
    IReadOnlyList<(string Phrase, Qualifier Qualifier)> Qualifiers,
    IReadOnlyList<(string Phrase, MeasureCue Cue)> PersonCues,
    IReadOnlyList<string> SeizureCues,
    IReadOnlyList<string> SentenceCues,
    IReadOnlyList<string> HypotheticalCues,
    IReadOnlyList<(string Phrase, NounSense Sense)> Nouns,
    IReadOnlyList<(string Phrase, UnitSense Unit)> Units,
    IReadOnlyList<(string Phrase, string Currency)> CurrencyPrefixes,
    string GapWords,
    string LinkWords,
    IReadOnlyList<string> AnaphoraAfter,
    IReadOnlyList<string> AnaphoraBefore,
    IReadOnlyList<string> TotalBefore,
    IReadOnlyList<string> PartitiveAfter,
    string RemainderWords,
    string Modifiers,
    IReadOnlyList<(string Phrase, string Population)> PopulationModifiers,
    string FunctionWords,
    string Copulas,
    IReadOnlyList<string> NumberOf,
    IReadOnlyList<string> ItemWords,
    IReadOnlyList<string> CashWords,
    IReadOnlyList<string> NationalityPhrase,
    IReadOnlyList<string> ValueCues,
    IReadOnlyList<(string Phrase, Qualifier Qualifier)> PostQualifiers);
