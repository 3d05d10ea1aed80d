using System.Globalization;
using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>The gold's written forms: resolved dates as in the extraction contract, and qualifier names.</summary>
public static class GoldValues
{
    /// <summary>"2025-02-07", "2025-W06", "2025-01", "2025", or an explicit interval "2025-10-11/2025-10-12".</summary>
    public static (DateOnly From, DateOnly To)? Interval(string resolved)
    {
        if (resolved.Split('/') is [var from, var to])
        {
            return Interval(from) is { } a && Interval(to) is { } b && a.From <= b.To ? (a.From, b.To) : null;
        }

        if (DateOnly.TryParseExact(resolved, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }

        if (DateOnly.TryParseExact(resolved + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && resolved.Length == 7)
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        if (resolved.Length == 4 && int.TryParse(resolved, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (resolved.Length == 8 && resolved[4..6] == "-W"
            && int.TryParse(resolved[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var weekYear)
            && int.TryParse(resolved[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week >= 1 && week <= ISOWeek.GetWeeksInYear(weekYear))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }

        return null;
    }

    public static Qualifier? Qualifier(string? name) => name switch
    {
        null or "exact" => Enlace.Core.Statements.Qualifier.Exact,
        "at_least" => Enlace.Core.Statements.Qualifier.AtLeast,
        "more_than" => Enlace.Core.Statements.Qualifier.MoreThan,
        "approximately" => Enlace.Core.Statements.Qualifier.Approximately,
        "up_to" => Enlace.Core.Statements.Qualifier.UpTo,
        "at_most" => Enlace.Core.Statements.Qualifier.AtMost,
        _ => null,
    };

    /// <summary>Words, not digits: letters and no digit ("doce", "una docena", "tres mil"; not "2,5 millones").</summary>
    public static bool IsWords(string text) => text.Any(char.IsLetter) && !text.Any(char.IsDigit);
}
