using System.Globalization;
using CsCheck;
using Enlace.Extraction.Dates;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Dates;

public sealed class DatePropertyTests
{
    private static readonly string[] EnglishMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly Gen<DateOnly> Day = Gen.Int[0, 91_000].Select(n => new DateOnly(1900, 1, 1).AddDays(n));

    // Pieces that look like parts of dates, glued at random: the input most likely to trip a reader.
    private static readonly Gen<string> DateLikeText = Gen.OneOf(
            "February", "Feb.", "7", "7th", "2025", "de", "marzo", "del", "viernes", "Friday", "(", ")", ",", ".", "/", "-", " ", " ", "\n",
            "last", "week", "ayer", "el", "pasado", "on", "the", "night", "of", "since", "desde", "hace", "días", "ago", "99999999999",
            "31", "0", "2/10/2025", "14-03-2025", "🚔", "\u200f", "\u0000", "la", "semana", "this", "year", "en", "lo", "que", "va")
        .Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Any_text_gives_ordered_spans_that_match_their_text() =>
        Gen.Select(DateLikeText, Gen.OneOf("en", "es", "und"), Gen.OneOf<DateOnly?>(null, new DateOnly(2025, 3, 17)))
            .Sample((text, language, published) =>
                DateRobustnessTests.AssertWellFormed(text, DateFinder.Find(text, language, published, SentenceSplitter.Split(text), Probe.Today)));

    [Fact]
    public void Any_day_written_out_in_either_language_or_in_digits_resolves_to_itself() =>
        Day.Sample(day =>
        {
            var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] english = [$"{EnglishMonths[day.Month - 1]} {day.Day}, {day.Year}", $"{day.Day} {EnglishMonths[day.Month - 1]} {day.Year}", iso,
                $"{day.Month}/{day.Day}/{day.Year}"];
            string[] spanish = [$"{day.Day} de {SpanishMonths[day.Month - 1]} de {day.Year}", $"{day.Day:00}/{day.Month:00}/{day.Year}"];
            foreach (var (forms, language) in new[] { (english, "en"), (spanish, "es") })
            {
                foreach (var form in forms)
                {
                    var text = $"Police raided the house on {form}, officials said.";
                    var date = Assert.Single(DateFinder.Find(text, language, null, SentenceSplitter.Split(text), Probe.Today).Dates);
                    Assert.Equal(iso, date.Resolved.ToIsoString());
                    Assert.Equal(form, date.Text);
                }
            }
        });

    [Fact]
    public void Last_weekday_is_the_one_strictly_before_publication_and_on_weekday_may_be_the_day_itself() =>
        Gen.Select(Day, Gen.Int[0, 6]).Sample((published, weekday) =>
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.DayNames[weekday];
            var last = Assert.Single(Probe.Find($"Police struck last {name}.", "en", Iso(published)).Dates).Resolved.Start;
            var on = Assert.Single(Probe.Find($"Police struck on {name}.", "en", Iso(published)).Dates).Resolved.Start;

            Assert.Equal((DayOfWeek)weekday, last.DayOfWeek);
            Assert.InRange(published.DayNumber - last.DayNumber, 1, 7);
            Assert.Equal((DayOfWeek)weekday, on.DayOfWeek);
            Assert.InRange(published.DayNumber - on.DayNumber, 0, 6);
        });

    [Fact]
    public void Yesterday_and_ayer_are_the_day_before_publication() =>
        Day.Sample(published =>
        {
            Assert.Equal(published.AddDays(-1), Assert.Single(Probe.Find("Police struck yesterday.", "en", Iso(published)).Dates).Resolved.Start);
            Assert.Equal(published.AddDays(-1), Assert.Single(Probe.Find("La Policía golpeó ayer.", "es", Iso(published)).Dates).Resolved.Start);
        });

    [Fact]
    public void A_stated_weekday_without_a_year_infers_a_year_where_it_falls_on_that_weekday_and_not_after_today() =>
        Day.Where(d => d <= Probe.Today).Sample(day =>
        {
            var text = $"The operation was carried out on {day.DayOfWeek}, {EnglishMonths[day.Month - 1]} {day.Day}.";

            var findings = DateFinder.Find(text, "en", null, SentenceSplitter.Split(text), Probe.Today);

            var date = Assert.Single(findings.Dates).Resolved.Start;
            Assert.Equal(day.DayOfWeek, date.DayOfWeek);
            Assert.Equal((day.Month, day.Day), (date.Month, date.Day));
            Assert.True(date <= Probe.Today);
            Assert.Equal(date.Year, findings.InferredYear);
        });

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
