using System.Globalization;
using CsCheck;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Tests.Numbers;

public sealed class NumberReaderPropertyTests
{
    [Fact]
    public void Spanish_numbers_written_in_words_read_back_to_their_value() =>
        Gen.Int[2, 999_999_999].Sample(n =>
        {
            var words = NumberWords.Spanish(n);
            var number = Assert.Single(NumberReader.Read(words, "es"));
            Assert.Equal(n, number.Value);
            Assert.Equal(words, number.Span.Of(words));
        });

    [Fact]
    public void English_numbers_written_in_words_read_back_to_their_value() =>
        Gen.Int[2, 999_999_999].Sample(n =>
        {
            var words = NumberWords.English(n);
            var number = Assert.Single(NumberReader.Read(words, "en"));
            Assert.Equal(n, number.Value);
            Assert.Equal(words, number.Span.Of(words));
        });

    [Fact]
    public void Digits_grouped_in_either_convention_read_back_to_their_value() =>
        Gen.Long[1000, 999_999_999_999].Select(Gen.Bool).Sample((n, spanish) =>
        {
            var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
            format.NumberGroupSeparator = spanish ? "." : ",";
            var digits = n.ToString("#,0", format);
            var number = Assert.Single(NumberReader.Read(digits + " personas", spanish ? "es" : "en"));
            Assert.Equal(n, number.Value);
        });

    [Fact]
    public void Decimals_with_one_or_two_places_read_back_in_either_convention() =>
        Gen.Int[1, 99_999].Select(Gen.Bool).Sample((hundredths, spanish) =>
        {
            var value = hundredths / 100m;
            var text = value.ToString("0.0#", CultureInfo.InvariantCulture);
            text = spanish ? text.Replace('.', ',') : text;
            var number = Assert.Single(NumberReader.Read(text + " kilos", spanish ? "es" : "en"));
            Assert.Equal(value, number.Value);
        });
}
