namespace Enlace.Extraction.Dates;

/// <summary>
/// The year of a document that gives no publication date. A stated weekday pins a day and month to a few years
/// ("Friday (February 7)": 2014, 2020, 2025 …); among those, the first not before the latest year the text dates a
/// month or day to (reports are written after the background they recall), never later than today. Without a weekday,
/// that latest year itself. Bare years ("since 2016") are background and do not count.
/// </summary>
internal static class YearInference
{
    private const int YearsBack = 80;

    public static int? Infer(IReadOnlyList<DateExpression> dates, DateOnly today)
    {
        int? latest = null;
        var needed = false;
        HashSet<int>? candidates = null;
        foreach (var e in dates)
        {
            if (!e.IsCalendar)
            {
                continue;
            }

            // Bare years ("since 2016") are background; a dated month or day marks where the story is.
            if (e is { Year: { } y, Month: not null } && y <= today.Year)
            {
                latest = Math.Max(latest ?? y, y);
            }

            needed |= e.LacksYear && e.Month is not null;
            if (e is { LacksYear: true, Month: { } month, Day: { } day, Weekday: { } weekday })
            {
                var fitting = FittingYears(month, day, weekday, today);
                if (candidates is null)
                {
                    candidates = fitting;
                }
                else if (candidates.Overlaps(fitting))
                {
                    candidates.IntersectWith(fitting);
                }
            }
        }

        if (candidates is not { Count: > 0 })
        {
            return needed ? latest : null;
        }

        var notBefore = candidates.Where(c => c >= (latest ?? int.MaxValue)).ToList();
        return notBefore.Count > 0 ? notBefore.Min() : candidates.Max();
    }

    private static HashSet<int> FittingYears(int month, int day, DayOfWeek weekday, DateOnly today)
    {
        var years = new HashSet<int>();
        for (var year = today.Year; year > today.Year - YearsBack; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date <= today && date.DayOfWeek == weekday)
            {
                years.Add(year);
            }
        }

        return years;
    }
}
