using Enlace.Core.Statements;

namespace Enlace.Extraction.Numbers;

/// <summary>
/// A number found in the token stream: the tokens it covers, its value and the qualifier its own words imply
/// ("dozens" is at least 24, "una veintena" about 20).
/// </summary>
/// <param name="NeedsSupport">
/// "un", "una", "one", "medio" on their own: a number only with a qualifier or a counted noun ("una tonelada",
/// "one Peruvian woman", "at least one"), otherwise an article or a pronoun.
/// </param>
/// <param name="AttachedNoun">The noun fused to the number by a hyphen: "month" in "ten-month", "count" in "22-count".</param>
/// <param name="Fractional">Digits with a decimal mark and no scale word: "2,5", "2.0"; never a head count.</param>
internal readonly record struct NumberMatch(
    int First,
    int Last,
    decimal Value,
    Qualifier Implied,
    bool IsWords,
    bool NeedsSupport = false,
    TextSpan? AttachedNoun = null,
    bool Fractional = false);
