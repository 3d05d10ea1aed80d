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
                var date = DateExpression.Calendar(match.Index, match.Index + match.Length, year, month, day);
                found.Add(match.Groups["a"].Success && month != day && day <= 12 ? date with { Order = OrderOf(match, month) } : date);
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

    private static NumericOrder OrderOf(Match match, int month) =>
        Value(match, "a") == month ? NumericOrder.MonthFirst : NumericOrder.DayFirst;

    private static (int? Year, int Month, int Day) Checked(int year, int month, int day) =>
        year is >= 1800 and < 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? (year, month, day)
            : (null, 0, 0);

    private static int Value(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, provider: null);

    // Bounded on every side: fixed-width runs of ASCII digits (\d would take Arabic-Indic ones), so the engine never
    // backtracks more than a few characters.
    [GeneratedRegex(
        @"(?<![0-9/.\-])(?:(?<iy>[0-9]{4})-(?<im>[0-9]{2})-(?<id>[0-9]{2})|(?<a>[0-9]{1,2})(?<s>[/.\-])(?<b>[0-9]{1,2})\k<s>(?<y>[0-9]{4}))(?![0-9/])(?![.\-][0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
