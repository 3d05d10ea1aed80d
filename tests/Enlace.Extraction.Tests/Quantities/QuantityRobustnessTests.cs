using System.Text;
using CsCheck;
using Enlace.Extraction.Numbers;
using Enlace.Extraction.Quantities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Quantities;

public sealed class QuantityRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "23", "1.250", "48,000", "2,5", "999999999999999999999", "1e9", "12kg", "US$", "S/", "$", "€", "%", "-", "–", ":", "/",
        "(", ")", ".", ",", "\"", "«", "»", "at least", "más de", "unos", "dozens", "decenas de", "una", "one", "a dozen",
        "veintitrés", "twenty-three", "y", "and", "of them", "de ellas", "between", "entre", "people", "personas", "mujeres",
        "women", "arrested", "detenidos", "rescued", "rescataron", "kilos", "toneladas", "años", "years", "de", "of", "the",
        "January", "marzo", "Friday", "\n", "\n\n", " ", "\t", "\u0000", "\u0007", "\u200f", "\u202e", "😀", "👮‍♀️",
        "مرحبا", "שלום", "٣٤", "\ud83d", "\udc00", "Ünïcödé", "ＦＵＬＬ", "𝟙𝟚",
    ];

    [Fact]
    public void Empty_text_gives_no_figures()
    {
        Assert.Empty(QuantityFinder.Find("", "es", []));
        Assert.Empty(NumberReader.Read("", "en"));
    }

    [Fact]
    public void Any_text_gives_figures_that_quote_it_exactly_without_throwing() =>
        Gen.OneOf(Pieces).Array[0, 60].Select(Gen.OneOf("es", "en", "und")).Sample((pieces, language) =>
        {
            var text = string.Join(' ', pieces);
            foreach (var figure in QuantityFinder.Find(text, language, SentenceSplitter.Split(text)))
            {
                Assert.InRange(figure.Span.End, figure.Span.Start + 1, text.Length);
                Assert.Equal(figure.Span.Of(text), figure.Text);
                Assert.InRange(figure.Value, 0, 1_000_000_000_000_000m);
                Assert.False(string.IsNullOrEmpty(figure.Measure));
            }
        });

    [Fact]
    public void Random_characters_never_break_the_reader() =>
        Gen.String.Select(Gen.OneOf("es", "en", "und")).Sample((text, language) =>
        {
            _ = QuantityFinder.Find(text, language, SentenceSplitter.Split(text));
            _ = NumberReader.Read(text, language);
        });

    [Theory]
    [InlineData("Se incautaron 999999999999999999999 kilos de cocaína.")]
    [InlineData("Police arrested 99999999999999999999999999999999999999 people.")]
    [InlineData("Se detuvo a 5000000000000000000 mil millones de personas.")]
    public void Absurd_numbers_give_no_figure(string text) =>
        Assert.Empty(Figures.In(text, "und"));

    [Fact]
    public void Figures_are_found_among_emoji_right_to_left_text_and_control_characters()
    {
        const string text = "😀 La policía \u202edetuvo\u202c a 14 personas 👮‍♀️ مرحبا\u0000 y rescató a 3 mujeres\u0007.";

        Assert.Equal([(14m, Measures.Arrested), (3m, Measures.Rescued)], Figures.In(text, "es").Select(q => (q.Value, q.Measure)));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_ten_megabyte_single_line_is_read_in_bounded_time()
    {
        var line = new StringBuilder(10_500_000);
        while (line.Length < 10_000_000)
        {
            line.Append("Police arrested 23 people and seized 1.250 kilos of cocaine, según la PNP, with 84 victims rescued; ");
        }

        var text = line.ToString();
        var figures = await Task.Run(() => QuantityFinder.Find(text, "en", SentenceSplitter.Split(text)), TestContext.Current.CancellationToken);

        Assert.NotEmpty(figures);
    }

    [Fact(Timeout = 60_000)]
    public async Task Ten_megabytes_of_one_character_are_read_in_bounded_time()
    {
        foreach (var unit in new[] { "9", "a", ".", " ", "-", "😀", "1.", "y ", "\n" })
        {
            var text = new StringBuilder(10_000_000).Insert(0, unit, 10_000_000 / unit.Length).ToString();
            var figures = await Task.Run(() => QuantityFinder.Find(text, "es", SentenceSplitter.Split(text)), TestContext.Current.CancellationToken);
            Assert.Empty(figures);
        }
    }
}
