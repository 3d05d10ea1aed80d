using System.Text.RegularExpressions;

namespace Enlace.Extraction.Dates;

/// <summary>
/// Dates written in digits: ISO "2025-03-14", and "17/03/2025" (day first, as Spanish writes it) or "3/17/2025" (month
/// first, as American English does). An order that gives an impossible date ("17/03/2025" in English) is tried the other way.
/// </summary>
internal sealed partial class NumericDates(bool monthFirst) : IDateReader
{
    public void Read(DateTokens tokens, List<DateExpression> found)
    {
        for (var match = Numeric().Match(tokens.Text, tokens.Start, tokens.End - tokens.Start); match.Success; match = match.NextMatch())
        {
            if (Resolve(match) is ({ } year, var month, var day))
            {
                found.Add(DateExpression.Calendar(match.Index, match.Index + match.Length, year, month, day));
            }
        }
    }

    private (int? Year, int Month, int Day) Resolve(Match match)
    {
        if (match.Groups["iy"].Success)
        {
            return Checked(Value(match, "iy"), Value(match, "im"), Value(match, "id"));
        }

        var (a, b, year) = (Value(match, "a"), Value(match, "b"), Value(match, "y"));
        var first = monthFirst && match.Groups["s"].Value != "." ? Checked(year, a, b) : Checked(year, b, a);
        return first.Year is not null ? first : monthFirst ? Checked(year, b, a) : Checked(year, a, b);
    }

    private static (int? Year, int Month, int Day) Checked(int year, int month, int day) =>
        year is >= 1800 and < 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? (year, month, day)
            : (null, 0, 0);

    private static int Value(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, provider: null);

    // Bounded on every side: fixed-width digit runs, so the engine never backtracks more than a few characters.
    [GeneratedRegex(
        @"(?<![\d/.\-])(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<a>\d{1,2})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}))(?![\d/])(?![.\-]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
