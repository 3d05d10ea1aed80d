namespace Enlace.Extraction.Tests.Dates;

/// <summary>English dates in a report published on Monday 10 February 2025.</summary>
public sealed class EnglishDateTests
{
    private const string Published = "2025-02-10";

    [Theory]
    [InlineData("The raid took place on February 7.", "February 7 → 2025-02-07")]
    [InlineData("The raid took place on Feb. 7.", "Feb. 7 → 2025-02-07")]
    [InlineData("The raid took place on 7 February 2025.", "7 February 2025 → 2025-02-07")]
    [InlineData("The raid took place on February 7, 2025, in Lima.", "February 7, 2025 → 2025-02-07")]
    [InlineData("It happened on 3rd February.", "3rd February → 2025-02-03")]
    [InlineData("It happened on the 14th of January.", "14th of January → 2025-01-14")]
    [InlineData("Police struck on Friday, February 7.", "Friday, February 7 → 2025-02-07")]
    [InlineData("The operation was carried out on Friday (February 7).", "Friday (February 7) → 2025-02-07")]
    [InlineData("It took place on the night of January 7.", "the night of January 7 → 2025-01-07")]
    [InlineData("He left Peru around 10 January.", "around 10 January → 2025-01-10")]
    [InlineData("In January 2024, police rescued 40 girls.", "January 2024 → 2024-01")]
    [InlineData("The cell was dismantled in May.", "in May → 2024-05")]
    [InlineData("The cell was dismantled in January.", "in January → 2025-01")]
    [InlineData("Victims were freed in early January.", "early January → 2025-01")]
    [InlineData("The faction has operated in Peru since 2021.", "since 2021 → 2021")]
    [InlineData("The gang traces its origins to Venezuela in 2014.", "2014 → 2014")]
    [InlineData("It has been active since at least 2019.", "since at least 2019 → 2019")]
    [InlineData("It began operating around 2018.", "around 2018 → 2018")]
    [InlineData("It expanded in late 2023.", "late 2023 → 2023")]
    [InlineData("It expanded in mid-2023.", "mid-2023 → 2023")]
    [InlineData("It expanded in mid-January.", "mid-January → 2025-01")]
    [InlineData("They crossed at the end of January.", "end of January → 2025-01")]
    [InlineData("They crossed at the beginning of 2024.", "beginning of 2024 → 2024")]
    [InlineData("It was recorded on 2025-01-30.", "2025-01-30 → 2025-01-30")]
    [InlineData("Published: 2/10/2025", "2/10/2025 → 2025-02-10")]
    [InlineData("Filed on 1/31/2025 in Houston.", "1/31/2025 → 2025-01-31")]
    [InlineData("A report dated 17/01/2025 was filed.", "17/01/2025 → 2025-01-17")]
    [InlineData("On December 28 the suspects crossed the border.", "December 28 → 2024-12-28")]
    [InlineData("From January 2022 through March 2024 they recruited women.", "From January 2022 through March 2024 → 2022-01/2024-03")]
    public void Calendar_dates_are_read_with_the_extent_analysts_mark(string text, params string[] expected) =>
        Assert.Equal(expected, Probe.Dates(text, "en", Published));

    [Theory]
    [InlineData("Police yesterday arrested nine suspects.", "yesterday → 2025-02-09")]
    [InlineData("The court today sentenced eight members.", "today → 2025-02-10")]
    [InlineData("In the early hours of today, police raided 11 houses.", "the early hours of today → 2025-02-10")]
    [InlineData("Last night, police raided a brothel.", "Last night → 2025-02-09")]
    [InlineData("Police freed 46 women in raids on Friday.", "on Friday → 2025-02-07")]
    [InlineData("On Monday, the ambassador visited a shelter.", "On Monday → 2025-02-10")]
    [InlineData("The diplomat stated on X last Saturday that it was a success.", "last Saturday → 2025-02-08")]
    [InlineData("Police said Friday that 12 people were arrested.", "Friday → 2025-02-07")]
    [InlineData("The suspects will appear in court on Thursday.", "on Thursday → 2025-02-13")]
    [InlineData("This Friday, the court will decide on the appeal.", "This Friday → 2025-02-14")]
    [InlineData("They are due to appear before a judge later on Monday.", "later on Monday → 2025-02-10")]
    [InlineData("Police raided the houses on Sunday night.", "on Sunday night → 2025-02-09")]
    [InlineData("The raids last week ended a long investigation.", "last week → 2025-W06")]
    [InlineData("The indictment was returned earlier this week.", "earlier this week → 2025-W07")]
    [InlineData("They will be extradited next week.", "next week → 2025-W08")]
    [InlineData("Six suspects were arrested over the weekend.", "over the weekend → 2025-W06")]
    [InlineData("Six suspects were arrested this past weekend.", "this past weekend → 2025-W06")]
    [InlineData("He fled the day before yesterday.", "the day before yesterday → 2025-02-08")]
    [InlineData("The operation began two weeks ago.", "two weeks ago → 2025-W05")]
    [InlineData("The operation began three days ago.", "three days ago → 2025-02-07")]
    [InlineData("Earlier this month, the government announced new rules.", "Earlier this month → 2025-02")]
    [InlineData("Arrests rose last month.", "last month → 2025-01")]
    [InlineData("So far this year, 1,250 people were expelled.", "So far this year → 2025")]
    [InlineData("The city received 4 million visitors last year.", "last year → 2024")]
    [InlineData("More than in the whole of the previous year.", "the previous year → 2024")]
    [InlineData("Fourteen girls were rescued last October.", "last October → 2024-10")]
    [InlineData("Police detained them on Saturday. In a separate operation on the same day, 2 tons were seized.",
        "on Saturday → 2025-02-08", "on the same day → 2025-02-08")]
    public void Relative_dates_are_resolved_against_the_publication_date(string text, params string[] expected) =>
        Assert.Equal(expected, Probe.Dates(text, "en", Published));

    [Theory]
    [InlineData("The 2024 elections were close.")]
    [InlineData("Police found 2019 bullets in 2000 cases.")]
    [InlineData("Officers may 5 times have tried.")]
    [InlineData("Good Friday is a holiday and they meet every Friday.")]
    [InlineData("He served 15 years in prison for march offences.")]
    [InlineData("Over 2,000 people, 1,995 of them women.")]
    [InlineData("Last week, Washington announced new deportations.")]
    public void Numbers_names_and_habits_are_not_dates(string text)
    {
        var withoutPublication = Probe.Dates(text, "en");

        Assert.Empty(withoutPublication);
    }
}
