using System.Diagnostics;
using System.Text;
using Enlace.Extraction.Dates;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Dates;

public sealed class DateRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n ")]
    [InlineData("\u0000March\u00007\u0001, 2025\u007f")]
    [InlineData("🚔🚔 Police 👮 raided on February 7, 2025 🚨 and 🇵🇪 rescued 40")]
    [InlineData("الشرطة اعتقلت ١٢ شخصا في ١٢/٠٣/٢٠٢٥ و 12/03/2025")]
    [InlineData("המשטרה עצרה ב-7 February 2025 חשודים")]
    [InlineData("999999999999999999999 de marzo de 99999999999999 y el 999999999999999999999/12/2025")]
    [InlineData("February 30, 2025; 31/02/2025; Feb. 29, 2023; 2025-13-45; 0/0/0000; 32 de enero de 2025")]
    [InlineData("hace 999999999999 días, 99999 years ago, the 9999999th of March")]
    [InlineData("Monday Tuesday Wednesday ( ( ( February ) ) ) , , , 7 7 7 2025 2025")]
    [InlineData("sa\u0301bado 14 de marzo de 2025 y \uD83D sin pareja \uDC00")]
    public void Odd_input_gives_correct_output_or_none_and_never_an_exception(string text)
    {
        foreach (var language in new[] { "en", "es", "und", "fr", "" })
        {
            var findings = Probe.Find(text, language, "2025-03-17");

            AssertWellFormed(text, findings);
        }
    }

    [Fact]
    public void Impossible_days_are_not_dates_but_leap_days_are()
    {
        Assert.Empty(Probe.Dates("February 30, 2025; 31/02/2025; Feb. 29, 2023; 2025-13-45", "en"));
        Assert.Equal(["Feb. 29, 2024 → 2024-02-29"], Probe.Dates("Feb. 29, 2024", "en"));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Publication_dates_at_the_ends_of_the_calendar_resolve_nothing_relative_and_do_not_throw(int year, int month, int day)
    {
        const string text = "Yesterday, last week, two days ago, on Friday, next month, last year, on December 28, January 7 and in March: "
            + "police raided houses.";

        var findings = DateFinder.Find(text, "en", new DateOnly(year, month, day), SentenceSplitter.Split(text), Probe.Today);

        AssertWellFormed(text, findings);
    }

    [Fact]
    public void Sentence_spans_beyond_the_text_are_clamped()
    {
        const string text = "Police raided on February 7, 2025.";

        var findings = DateFinder.Find(text, "en", null, [new(0, 10), new(10, 500), new(600, 700)], Probe.Today);

        Assert.Equal("February 7, 2025", Assert.Single(findings.Dates).Text);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_ten_megabyte_single_line_is_read_in_bounded_time()
    {
        var text = TenMegabyteLine();
        var stopwatch = Stopwatch.StartNew();

        var findings = await Task.Run(() => DateFinder.Find(text, "en", new DateOnly(2025, 2, 10), SentenceSplitter.Split(text), Probe.Today),
            TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{text.Length / 1e6:F1} M chars in {stopwatch.ElapsedMilliseconds} ms, {findings.Dates.Count} dates");
        Assert.NotEmpty(findings.Dates);
        AssertWellFormed(text, findings);
    }

    internal static void AssertWellFormed(string text, DateFindings findings)
    {
        var previousEnd = 0;
        foreach (var date in findings.Dates)
        {
            Assert.InRange(date.Span.Start, previousEnd, text.Length);
            Assert.InRange(date.Span.End, date.Span.Start + 1, text.Length);
            Assert.Equal(text[date.Span.Start..date.Span.End], date.Text);
            previousEnd = date.Span.End;
        }
    }

    private static string TenMegabyteLine()
    {
        string[] pieces =
        [
            "police raided 12 houses on February 7, 2025 and ", "999999999999999999999 ", "el viernes 14 de marzo ", "(((((", "17/03/2025 ",
            "since 2021 ", "🚔 ", "last week ", "hace dos días ", "٢٠٢٥ ", "Monday, June 3 ", "a a a a a a ", "1.2.3.4.5.6 ", "----//// ",
        ];
        var builder = new StringBuilder(10_000_000 + 100);
        var random = new Random(7);
        while (builder.Length < 10_000_000)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }
}
