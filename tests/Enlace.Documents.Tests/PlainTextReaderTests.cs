using System.Text;

namespace Enlace.Documents.Tests;

public sealed class PlainTextReaderTests
{
    private const string SpanishReport = "La Policía Nacional detuvo ayer en Cádiz a José Núñez, «el Piraña».\nIncautaron 1.200 kg.";

    private readonly DocumentReader reader = new();

    [Fact]
    public void Utf8_Spanish_text_is_read_as_written()
    {
        var document = reader.Read("informe.txt", Encoding.UTF8.GetBytes(SpanishReport));

        Assert.Equal(SpanishReport, document.Text);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Equal(DocumentMediaType.PlainText, document.MediaType);
        Assert.Null(document.Title);
        Assert.Null(document.PublishedOn);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_stripped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SpanishReport)];

        var document = reader.Read("informe.txt", bytes);

        Assert.Equal(SpanishReport, document.Text);
        Assert.Equal("utf-8", document.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_with_a_byte_order_mark_is_decoded(bool bigEndian, string encoding)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. utf16.GetPreamble(), .. utf16.GetBytes(SpanishReport)];

        var document = reader.Read("informe.txt", bytes);

        Assert.Equal(SpanishReport, document.Text);
        Assert.Equal(encoding, document.Encoding);
    }

    [Fact]
    public void Legacy_windows_1252_Spanish_text_is_decoded_and_labelled()
    {
        // "Policía detuvo a Núñez – 3 € «¿dónde?»" as an old Windows editor saved it: one byte per letter, no UTF-8.
        byte[] bytes =
        [
            .. "Polic"u8, 0xED, .. "a detuvo a N"u8, 0xFA, 0xF1, .. "ez "u8, 0x96, .. " 3 "u8, 0x80, .. " "u8,
            0xAB, 0xBF, .. "d"u8, 0xF3, .. "nde?"u8, 0xBB,
        ];

        var document = reader.Read("antiguo.txt", bytes);

        Assert.Equal("Policía detuvo a Núñez – 3 € «¿dónde?»", document.Text);
        Assert.Equal("windows-1252", document.Encoding);
    }

    [Fact]
    public void A_broken_sequence_inside_utf8_Spanish_text_is_rejected_with_its_offset()
    {
        var good = Encoding.UTF8.GetBytes("Policía Nacional: ");
        byte[] bytes = [.. good, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" detenidos en Cádiz")];

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("roto.txt", bytes));

        Assert.Equal($"invalid UTF-8 at byte {good.Length}", error.Message);
    }

    [Fact]
    public void Bytes_undefined_in_windows_1252_are_not_taken_for_legacy_text()
    {
        byte[] bytes = [.. "Informe "u8, 0x81, .. " sin codificar"u8];

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("raro.txt", bytes));

        Assert.Equal("invalid UTF-8 at byte 8", error.Message);
    }

    [Fact]
    public void Binary_bytes_in_a_text_file_are_rejected_with_the_offset_of_the_first_NUL()
    {
        byte[] bytes = [.. "MZ"u8, 0x90, .. "header"u8, 0x00, 0x03, 0x00, 0x00, 0xFF, 0xFF];

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("programa.txt", bytes));

        Assert.Equal("binary content in a text file (NUL bytes at offset 9)", error.Message);
    }

    [Fact]
    public void Text_made_mostly_of_control_characters_is_rejected_as_binary()
    {
        var bytes = Enumerable.Range(0, 399).Select(i => (byte)(i % 3 == 0 ? 0x1B : 'a')).ToArray();

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("datos.txt", bytes));

        Assert.Equal("binary content in a text file (33% control characters)", error.Message);
    }

    [Fact]
    public void Tabs_form_feeds_and_line_breaks_are_not_counted_as_binary()
    {
        var document = reader.Read("tabla.txt", "a\tb\fc\r\nd\te\n"u8.ToArray());

        Assert.Equal("a\tb\fc\nd\te\n", document.Text);
    }

    [Fact]
    public void Windows_and_old_Mac_line_endings_become_newlines() =>
        Assert.Equal("uno\ndos\ntres\n", reader.Read("lineas.txt", "uno\r\ndos\rtres\r\n"u8.ToArray()).Text);

    [Fact]
    public void Decomposed_accents_are_composed()
    {
        var decomposed = "Polici\u0301a Nu\u0301n\u0303ez";

        var document = reader.Read("mac.txt", Encoding.UTF8.GetBytes(decomposed));

        Assert.Equal("Policía Núñez".Normalize(NormalizationForm.FormC), document.Text);
        Assert.Equal(13, document.Text.Length);
    }

    [Theory]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void A_file_with_only_white_space_has_no_text(string content)
    {
        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("vacio.txt", Encoding.UTF8.GetBytes(content)));

        Assert.Equal("no readable text in the file", error.Message);
    }
}
