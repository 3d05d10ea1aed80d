using CsCheck;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests;

public sealed class DateIntervalTests
{
    [Fact]
    public void Last_week_before_10_February_2025_is_ISO_week_6()
    {
        var week = DateInterval.WeekOf(new DateOnly(2025, 2, 3));

        Assert.Equal("2025-W06", week.ToIsoString());
        Assert.Equal(new DateOnly(2025, 2, 3), week.Start);
        Assert.Equal(new DateOnly(2025, 2, 9), week.End);
    }

    [Fact]
    public void The_night_of_7_January_does_not_fall_in_the_week_of_the_raid()
    {
        Assert.False(DateInterval.Day(new DateOnly(2025, 1, 7)).Overlaps(DateInterval.WeekOf(new DateOnly(2025, 2, 3))));
        Assert.True(DateInterval.Day(new DateOnly(2025, 2, 7)).Overlaps(DateInterval.WeekOf(new DateOnly(2025, 2, 3))));
    }

    [Fact]
    public void Months_and_years_print_at_their_own_precision()
    {
        Assert.Equal("2024-01", DateInterval.Month(2024, 1).ToIsoString());
        Assert.Equal(new DateOnly(2024, 2, 29), DateInterval.Month(2024, 2).End);
        Assert.Equal("2014", DateInterval.Year(2014).ToIsoString());
    }

    [Fact]
    public void Every_day_lies_in_a_seven_day_week_that_starts_on_monday()
    {
        Gen.Int[0, 20_000].Select(i => new DateOnly(2000, 1, 1).AddDays(i)).Sample(day =>
        {
            var week = DateInterval.WeekOf(day);
            return week.Start.DayOfWeek == DayOfWeek.Monday && week.End.DayNumber - week.Start.DayNumber == 6 &&
                week.Start <= day && day <= week.End;
        });
    }
}
