using DocumentFormat.OpenXml.Wordprocessing;
using Enlace.Documents.Tests.Support;
using Enlace.Testing;
using static Enlace.Documents.Tests.Support.SampleDocx;

namespace Enlace.Documents.Tests;

public sealed class DocxReaderTests
{
    private readonly DocumentReader reader = new();

    [Fact]
    public void Paragraphs_are_read_one_per_line()
    {
        var docx = Write(null, null, Paragraph("Operación ", "Nécora"), Paragraph("Detenidos: ", "tres."));

        var document = reader.Read("informe.docx", docx);

        Assert.Equal("Operación Nécora\nDetenidos: tres.", document.Text);
        Assert.Equal(DocumentMediaType.Docx, document.MediaType);
    }

    [Fact]
    public void Tables_are_read_row_by_row_between_the_paragraphs_around_them()
    {
        var docx = Write(
            null,
            null,
            Paragraph("Detenidos:"),
            Table(["Nombre", "Edad"], ["José Núñez", "34"], ["Ana Gil", "29"]),
            Paragraph("Fin del informe."));

        Assert.Equal("Detenidos:\nNombre\tEdad\nJosé Núñez\t34\nAna Gil\t29\nFin del informe.", reader.Read("tabla.docx", docx).Text);
    }

    [Fact]
    public void Runs_of_empty_paragraphs_become_one_blank_line()
    {
        var docx = Write(null, null, Paragraph(), Paragraph("Uno"), Paragraph(), Paragraph(), Paragraph("Dos"), Paragraph());

        Assert.Equal("Uno\n\nDos", reader.Read("espacios.docx", docx).Text);
    }

    [Fact]
    public void Tabs_and_line_breaks_inside_a_paragraph_are_kept_and_deleted_revisions_are_not()
    {
        var paragraph = new Paragraph(
            new Run(new Text("Nombre"), new TabChar(), new Text("José"), new Break(), new Text("Alias")),
            new DeletedRun(new Run(new DeletedText("BORRADO"))),
            new Run(new FieldCode(" HYPERLINK \"http://x\" ")));

        Assert.Equal("Nombre\tJosé\nAlias", reader.Read("revisado.docx", Write(null, null, paragraph)).Text);
    }

    [Fact]
    public void The_title_and_creation_date_come_from_the_core_properties()
    {
        var docx = Write("Informe 12/2024", new DateTime(2024, 3, 5, 9, 30, 0, DateTimeKind.Utc), Paragraph("Texto."));

        var document = reader.Read("informe.docx", docx);

        Assert.Equal("Informe 12/2024", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), document.PublishedOn);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_rejected()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hola.txt").Open());
            writer.Write("no soy un docx");
        }

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("falso.docx", stream.ToArray()));

        Assert.StartsWith("not a valid DOCX: ", error.Message);
    }

    [Fact]
    public void Random_bytes_with_a_docx_name_are_rejected()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'P';
        bytes[1] = (byte)'K';
        bytes[2] = 3;
        bytes[3] = 4;

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("corrupto.docx", bytes));

        Assert.StartsWith("not a valid DOCX: ", error.Message);
    }

    [Fact]
    public void A_document_with_only_empty_paragraphs_has_no_text() =>
        Assert.Equal(
            "no readable text in the file",
            Assert.Throws<DocumentRejectedException>(() => reader.Read("vacio.docx", Write(null, null, Paragraph(), Paragraph()))).Message);
}
