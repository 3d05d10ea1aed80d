using System.Diagnostics;
using System.Text;

namespace Enlace.Extraction.Tests;

public sealed class ExtractorRobustnessTests
{
    public static TheoryData<string, string> HostileTexts() => new()
    {
        { "empty", "" },
        { "whitespace", " \n\t \r\n " },
        { "emoji", "🚔🚔 La policía detuvo a 12 personas 🙏🏽 en Lima el 7 de febrero de 2025 👮‍♀️." },
        { "right-to-left", "قالت الشرطة إن 23 شخصا اعتقلوا. Police arrested 23 people in Lima, officials said. שלום" },
        { "control characters", "Police\u0001 arrested\u0007 23\u0000 people\u001b[31m in Lima on February 7.\u0008" },
        { "absurd numbers", "Police seized 999999999999999999999 kilograms and 1e400 dollars; 12345678901234567890123 people were rescued." },
        { "lone surrogates", "Police arrested \ud800 23 people \udc00 in Lima." },
        { "punctuation storm", string.Concat(Enumerable.Repeat("((((]]]]]---....,,,,;;;;", 2000)) },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_gives_correct_output_or_none_never_an_exception(string name, string text)
    {
        var result = Extractor.Extract(text);

        Assert.NotNull(result);
        foreach (var span in result.Quantities.Select(q => q.Span).Concat(result.Dates.Select(d => d.Span)).Concat(result.Entities.SelectMany(e => e.Spans)))
        {
            Assert.True(span.End <= text.Length, $"{name}: span {span} beyond the text");
        }

        Assert.All(result.Quantities, q => Assert.True(q.Value < 1_000_000_000_000_000m, $"{name}: absurd value {q.Value}"));
    }

    // The date and figure finders each read a 10 MB line in seconds (their own tests). The whole pipeline grows faster
    // than linearly on one line packed with figures and names (entities, attribution and relations), so it is held
    // to 256 KB here until that cost is brought down; the gap is tracked in the extraction issue.
    [Fact(Timeout = 120_000)]
    public async Task A_long_line_dense_with_figures_is_read_in_bounded_time()
    {
        var builder = new StringBuilder(256 * 1024);
        var sentence = "Police arrested at least 23 members of the gang in Lima on Friday (February 7) according to the Embassy, ";
        while (builder.Length < 256 * 1024)
        {
            builder.Append(sentence);
        }

        var text = builder.ToString();
        var clock = Stopwatch.StartNew();
        var result = await Task.Run(() => Extractor.Extract(text, "en"), TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Quantities);
        TestContext.Current.TestOutputHelper?.WriteLine($"256 KB single line: {clock.Elapsed.TotalSeconds:0.0} s, {result.Quantities.Count} figures");
    }
}
