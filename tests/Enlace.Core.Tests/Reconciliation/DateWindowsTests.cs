using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests.Reconciliation;

public sealed class DateWindowsTests
{
    private static DateInterval Day(int month, int day) => DateInterval.Day(new DateOnly(2025, month, day));

    [Fact]
    public void A_day_inside_a_week_is_close_but_a_day_inside_a_month_only_loose()
    {
        Assert.Equal(DateAgreement.Close, DateWindows.Compare(Day(3, 14), DateInterval.WeekOf(new DateOnly(2025, 3, 10))));
        Assert.Equal(DateAgreement.Loose, DateWindows.Compare(Day(3, 14), DateInterval.Month(2025, 3)));
        Assert.Equal(DateAgreement.Loose, DateWindows.Compare(DateInterval.Month(2025, 3), DateInterval.Month(2025, 3)));
    }

    [Fact]
    public void Days_a_few_apart_are_near_and_further_apart_are_apart()
    {
        Assert.Equal(DateAgreement.Near, DateWindows.Compare(Day(6, 2), Day(6, 3)));
        Assert.Equal(DateAgreement.Near, DateWindows.Compare(Day(6, 2), Day(6, 5)));
        Assert.Equal(DateAgreement.Apart, DateWindows.Compare(Day(6, 2), Day(6, 6)));
        Assert.Equal(DateAgreement.Apart, DateWindows.Compare(DateInterval.Month(2025, 3), Day(4, 1)));
    }

    [Fact]
    public void Two_sets_of_dates_agree_as_well_as_their_closest_pair_and_an_undated_side_is_unknown()
    {
        Assert.Equal(DateAgreement.Close, DateWindows.Compare([Day(1, 7), DateInterval.WeekOf(new DateOnly(2025, 2, 3))], [Day(2, 7)]));
        Assert.Equal(DateAgreement.Unknown, DateWindows.Compare([], [Day(2, 7)]));
    }

    [Fact]
    public void Blocking_months_cover_the_near_window()
    {
        // Keys are year × 12 + month − 1: February 2025 is 2025 × 12 + 1.
        Assert.Equal([(2025 * 12) + 1, (2025 * 12) + 2], DateWindows.Months(Day(3, 1)));
        Assert.Equal([(2025 * 12) + 2], DateWindows.Months(Day(3, 14)));
    }
}
