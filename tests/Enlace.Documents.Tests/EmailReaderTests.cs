using System.Text;

namespace Enlace.Documents.Tests;

public sealed class EmailReaderTests
{
    private readonly DocumentReader reader = new();

    private DecodedDocument Read(string eml) => reader.Read("mensaje.eml", Encoding.ASCII.GetBytes(eml.ReplaceLineEndings("\r\n")));

    [Fact]
    public void The_text_is_the_subject_then_the_plain_body_of_a_multipart_alternative_message()
    {
        const string eml = """
            From: =?utf-8?q?Comisar=C3=ADa_de_Vigo?= <prensa@example.es>
            To: analistas@example.es
            Subject: =?utf-8?q?Detenidos_en_C=C3=A1diz?=
            Date: Tue, 05 Mar 2024 23:30:00 -0500
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="frontera"

            --frontera
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            La Polic=C3=ADa Nacional detuvo ayer a Jos=C3=A9 N=C3=BA=C3=B1ez en el puer=
            to de C=C3=A1diz.

            =C2=BFHab=C3=ADa m=C3=A1s implicados? Se investiga.
            --frontera
            Content-Type: text/html; charset=utf-8

            <p>HTML-VERSION</p><script>alert(1)</script>
            --frontera--
            """;

        var document = Read(eml);

        Assert.Equal(
            "Detenidos en Cádiz\n\nLa Policía Nacional detuvo ayer a José Núñez en el puerto de Cádiz.\n\n¿Había más implicados? Se investiga.",
            document.Text);
        Assert.Equal("Detenidos en Cádiz", document.Title);
        Assert.Equal(DocumentMediaType.Email, document.MediaType);
        Assert.Equal("utf-8", document.Encoding);
    }

    [Fact]
    public void The_date_is_the_calendar_day_in_the_senders_own_offset()
    {
        // 23:30 at UTC-5 is already the 6th in UTC; the sender wrote on the 5th.
        var document = Read("Subject: Aviso\nDate: Tue, 05 Mar 2024 23:30:00 -0500\n\nCuerpo.\n");

        Assert.Equal(new DateOnly(2024, 3, 5), document.PublishedOn);
    }

    [Theory]
    [InlineData("Subject: Aviso\n\nCuerpo.\n")]
    [InlineData("Subject: Aviso\nDate: el martes pasado\n\nCuerpo.\n")]
    public void A_message_without_a_readable_date_has_no_publication_date(string eml) =>
        Assert.Null(Read(eml).PublishedOn);

    [Fact]
    public void Without_a_plain_part_the_html_body_is_converted_to_text()
    {
        const string eml = """
            Subject: Nota de prensa
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            <html><head><style>p{color:red}</style></head><body>
            <p onclick=3D"alert('x')">Operaci=C3=B3n <b>N=C3=A9cora</b>.</p>
            <script>document.write('SCRIPT-LEAK')</script>
            <p>Dos detenidos.</p></body></html>
            """;

        var document = Read(eml);

        Assert.Equal("Nota de prensa\n\nOperación Nécora.\n\nDos detenidos.", document.Text);
    }

    [Fact]
    public void Attachments_are_not_part_of_the_text()
    {
        const string eml = """
            Subject: Informe adjunto
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=us-ascii

            Ver el informe adjunto.
            --b1
            Content-Type: text/plain; name="informe.txt"
            Content-Disposition: attachment; filename="informe.txt"

            ATTACHMENT-LEAK
            --b1--
            """;

        Assert.Equal("Informe adjunto\n\nVer el informe adjunto.", Read(eml).Text);
    }

    [Fact]
    public void A_declared_latin1_body_is_decoded_with_its_charset()
    {
        var document = Read("Subject: Aviso\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nPolic=EDa en C=E1diz\n");

        Assert.Equal("Aviso\n\nPolicía en Cádiz", document.Text);
        Assert.Equal("iso-8859-1", document.Encoding);
    }

    [Fact]
    public void A_body_labelled_utf8_that_is_really_windows_1252_is_recognised()
    {
        var document = Read("Subject: Aviso\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nPolic=EDa en C=E1diz =80\n");

        Assert.Equal("Aviso\n\nPolicía en Cádiz €", document.Text);
        Assert.Equal("windows-1252", document.Encoding);
    }

    [Fact]
    public void A_body_with_broken_utf8_is_rejected_naming_the_body()
    {
        var error = Assert.Throws<DocumentRejectedException>(
            () => Read("Subject: Aviso\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nPolic=C3=ADa =C3=28\n"));

        Assert.Equal("e-mail body: invalid UTF-8 at byte 9", error.Message);
    }

    [Fact]
    public void A_message_with_only_a_subject_is_its_subject() =>
        Assert.Equal("Solo asunto", Read("Subject: Solo asunto\n\n").Text);

    [Fact]
    public void Binary_bytes_with_an_eml_name_are_rejected() =>
        Assert.StartsWith(
            "binary content in a text file",
            Assert.Throws<DocumentRejectedException>(() => reader.Read("x.eml", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })).Message);
}
