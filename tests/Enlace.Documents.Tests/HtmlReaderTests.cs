using System.Text;

namespace Enlace.Documents.Tests;

public sealed class HtmlReaderTests
{
    private readonly DocumentReader reader = new();

    private DecodedDocument Read(string html) => reader.Read("pagina.html", Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Html_reader_drops_scripts_styles_and_event_handlers()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head>
              <title>Detenidos en Vigo</title>
              <style>body { color: red } .secret::after { content: "STYLE-LEAK" }</style>
              <script>document.write("SCRIPT-LEAK"); alert(1)</script>
            </head>
            <body onload="BODY-HANDLER-LEAK()">
              <p onclick="alert('CLICK-LEAK')">La Guardia Civil detuvo a dos hombres.</p>
              <img src="x" onerror="fetch('//evil/ERROR-LEAK')" alt="ALT-LEAK">
              <a href="javascript:alert('HREF-LEAK')">Ver el comunicado</a>
              <noscript>NOSCRIPT-LEAK</noscript>
              <template><p>TEMPLATE-LEAK</p></template>
              <iframe srcdoc="<p>IFRAME-LEAK</p>"></iframe>
              <svg><text>SVG-LEAK</text><script>SVG-SCRIPT-LEAK</script></svg>
              <object data="x.swf">OBJECT-LEAK</object>
              <div hidden>HIDDEN-LEAK</div>
              <script type="application/ld+json">{"headline": "JSON-LEAK"}</script>
            </body></html>
            """;

        var document = Read(html);

        Assert.Equal("La Guardia Civil detuvo a dos hombres.\n\nVer el comunicado", document.Text);
        Assert.DoesNotContain("LEAK", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", document.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DocumentMediaType.Html, document.MediaType);
    }

    [Fact]
    public void Block_elements_become_lines_and_paragraphs_are_kept_apart()
    {
        const string html = """
            <html><body>
              <article>
                <h1>Operación   Nécora</h1>
                <p>Primer
                   párrafo   con <b>negrita</b> y <i>cursiva</i>.</p>
                <p>Segundo párrafo.<br>Con un salto de línea.</p>
                <ul><li>Uno</li><li>Dos</li></ul>
                <div>Fin</div>
              </article>
            </body></html>
            """;

        Assert.Equal(
            "Operación Nécora\n\nPrimer párrafo con negrita y cursiva.\n\nSegundo párrafo.\nCon un salto de línea.\n\nUno\nDos\n\nFin",
            Read(html).Text);
    }

    [Fact]
    public void Tables_are_read_row_by_row_with_tab_separated_cells()
    {
        const string html = """
            <table>
              <tr><th>Nombre</th><th>Edad</th></tr>
              <tr><td>José Núñez</td><td>34</td></tr>
              <tr><td>Ana  Gil</td><td>29</td></tr>
            </table>
            """;

        Assert.Equal("Nombre\tEdad\nJosé Núñez\t34\nAna Gil\t29", Read(html).Text);
    }

    [Fact]
    public void Preformatted_text_keeps_its_spacing() =>
        Assert.Equal("Antes\n\nlinea 1\n  linea   2\n\nDespués", Read("<p>Antes</p><pre>linea 1\n  linea   2</pre><p>Después</p>").Text);

    [Fact]
    public void Entities_are_decoded() =>
        Assert.Equal("Tráfico & contrabando <armas> — 5 €", Read("<p>Tr&aacute;fico &amp; contrabando &lt;armas&gt; &mdash; 5&nbsp;&euro;</p>").Text);

    [Fact]
    public void The_title_comes_from_the_title_element()
    {
        var document = Read("<html><head><title>  Golpe al   narcotráfico </title></head><body><h1>Otro</h1><p>Texto</p></body></html>");

        Assert.Equal("Golpe al narcotráfico", document.Title);
    }

    [Fact]
    public void Without_a_title_element_the_first_heading_is_the_title() =>
        Assert.Equal("Redada en Vigo", Read("<body><h1>Redada en <em>Vigo</em></h1><h1>Segundo</h1><p>Texto</p></body>").Title);

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-03-05T23:30:00-05:00\">", 2024, 3, 5)]
    [InlineData("<meta name=\"date\" content=\"2023-11-20\">", 2023, 11, 20)]
    [InlineData("<meta name=\"DC.date\" content=\"2022-01-02T08:00:00Z\">", 2022, 1, 2)]
    public void The_publication_date_comes_from_the_page_metadata_in_the_authors_time_zone(string meta, int year, int month, int day)
    {
        var document = Read($"<html><head>{meta}</head><body><p>Texto</p></body></html>");

        Assert.Equal(new DateOnly(year, month, day), document.PublishedOn);
    }

    [Fact]
    public void The_publication_date_can_come_from_a_time_element_in_the_article()
    {
        var document = Read("<body><aside><time datetime=\"2020-01-01\">x</time></aside><article><time datetime=\"2024-06-15T10:00:00+02:00\">15 de junio</time><p>Texto</p></article></body>");

        Assert.Equal(new DateOnly(2024, 6, 15), document.PublishedOn);
    }

    [Fact]
    public void An_unparseable_date_is_no_date() =>
        Assert.Null(Read("<head><meta name=\"date\" content=\"ayer por la tarde\"></head><body><p>Texto</p></body>").PublishedOn);

    [Fact]
    public void The_charset_declared_in_a_meta_element_is_honoured()
    {
        byte[] bytes =
        [
            .. "<html><head><meta charset=\"windows-1252\"><title>Polic"u8, 0xED, .. "a</title></head><body><p>N"u8, 0xFA, 0xF1,
            .. "ez detenido "u8, 0x96, .. " 5 "u8, 0x80, .. "</p></body></html>"u8,
        ];

        var document = reader.Read("antigua.htm", bytes);

        Assert.Equal("Núñez detenido – 5 €", document.Text);
        Assert.Equal("Policía", document.Title);
        Assert.Equal("windows-1252", document.Encoding);
    }

    [Fact]
    public void Without_a_declared_charset_utf8_is_assumed()
    {
        var document = Read("<p>Cádiz</p>");

        Assert.Equal("Cádiz", document.Text);
        Assert.Equal("utf-8", document.Encoding);
    }

    [Fact]
    public void A_page_with_only_scripts_has_no_text() =>
        Assert.Equal(
            "no readable text in the file",
            Assert.Throws<DocumentRejectedException>(() => Read("<html><body><script>var x = 1;</script></body></html>")).Message);

    [Fact]
    public void Binary_bytes_with_an_html_name_are_rejected() =>
        Assert.StartsWith(
            "binary content",
            Assert.Throws<DocumentRejectedException>(() => reader.Read("foto.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })).Message);

    [Fact]
    public void Thousands_of_nested_elements_do_not_exhaust_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "profundo" + string.Concat(Enumerable.Repeat("</span></div>", 20_000));

        Assert.Equal("profundo", Read(html).Text);
    }
}
