using System.Diagnostics;
using Enlace.Core.Documents;
using Enlace.Extraction.Language;

namespace Enlace.Extraction.Tests.Language;

public sealed class LanguageDetectorTests
{
    private const string SpanishReport =
        "La Policía Nacional ha detenido en Málaga a tres personas acusadas de tráfico de drogas. Según fuentes de la " +
        "investigación, los detenidos ocultaban 200 kilos de cocaína en un almacén del polígono industrial. ¿Quién " +
        "financiaba la operación? Los agentes creen que la red tenía contactos en el puerto de Algeciras.";

    private const string EnglishReport =
        "Police in Manchester have arrested three men after a raid on a warehouse in the early hours of Tuesday. " +
        "Officers said they found more than 200 kilograms of cocaine, which was hidden in a shipment of bananas, and " +
        "that the men were part of a network with links to the port of Liverpool.";

    [Fact]
    public void A_Spanish_police_report_is_Spanish() =>
        Assert.Equal(LanguageCode.Spanish, LanguageDetector.Detect(SpanishReport));

    [Fact]
    public void An_English_police_report_is_English() =>
        Assert.Equal(LanguageCode.English, LanguageDetector.Detect(EnglishReport));

    [Fact]
    public void Spanish_written_in_capitals_is_still_Spanish() =>
        Assert.Equal(LanguageCode.Spanish, LanguageDetector.Detect(SpanishReport.ToUpperInvariant()));

    [Fact]
    public void An_English_report_full_of_Spanish_names_is_English()
    {
        const string text =
            "José García Fernández, 34, was arrested in Málaga by the Guardia Civil on Tuesday. He was found with 20 kg " +
            "of cocaine in the boot of his car, the police said.";

        Assert.Equal(LanguageCode.English, LanguageDetector.Detect(text));
    }

    [Fact]
    public void A_Spanish_report_quoting_an_English_sentence_is_Spanish()
    {
        var text = SpanishReport + " El comunicado británico decía: \"The suspects were known to the police.\"";

        Assert.Equal(LanguageCode.Spanish, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Half_Spanish_and_half_English_is_undetermined() =>
        Assert.Equal(LanguageCode.Undetermined, LanguageDetector.Detect(SpanishReport + "\n\n" + EnglishReport));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12 345 67,8 2024-03-05 +34 600 000 000")]
    [InlineData("Policía detiene")]
    [InlineData("The end")]
    [InlineData("Málaga, Sevilla")]
    public void Short_or_wordless_text_is_undetermined(string text) =>
        Assert.Equal(LanguageCode.Undetermined, LanguageDetector.Detect(text));

    [Fact]
    public void French_is_undetermined_rather_than_Spanish()
    {
        const string text =
            "La police nationale a arrêté trois personnes dans le port de Marseille. Les enquêteurs pensent que le réseau " +
            "est lié à des trafiquants qui sont installés en Espagne, et ils ne savent pas encore avec qui ils travaillaient.";

        Assert.Equal(LanguageCode.Undetermined, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Text_beyond_the_first_20000_characters_is_not_read()
    {
        var mostlyEnglish = SpanishReport + " " + string.Concat(Enumerable.Repeat(EnglishReport + " ", 5));

        Assert.Equal(LanguageCode.English, LanguageDetector.Detect(mostlyEnglish));
        Assert.Equal(LanguageCode.Spanish, LanguageDetector.Detect(SpanishReport + new string(' ', 20_000) + mostlyEnglish));
    }

    [Fact]
    public void Detecting_a_large_text_takes_well_under_a_millisecond_per_call()
    {
        var text = string.Concat(Enumerable.Repeat(SpanishReport + " ", 5_000));
        LanguageDetector.Detect(text);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(LanguageCode.Spanish, LanguageDetector.Detect(text));
        }

        // Generous so that a busy build machine cannot fail it; a regression to whole-text scanning would take seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"100 detections took {clock.Elapsed}");
    }
}
