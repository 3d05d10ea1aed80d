using System.Text;
using Enlace.Documents.Tests.Support;
using Enlace.Testing;

namespace Enlace.Documents.Tests;

public sealed class PdfReaderTests
{
    private readonly DocumentReader reader = new();

    [Fact]
    public void The_text_of_every_page_is_read_in_order_with_pages_kept_apart()
    {
        var pdf = SamplePdf.WithPages(
            title: null,
            creationDate: null,
            ["Operation Nightjar: interim report", "Three suspects were arrested in Vigo."],
            ["Annex A", "Seized: 1,200 kg of cocaine."]);

        var document = reader.Read("report.pdf", pdf);

        Assert.Equal(
            "Operation Nightjar: interim report\nThree suspects were arrested in Vigo.\n\nAnnex A\nSeized: 1,200 kg of cocaine.",
            document.Text);
        Assert.Equal(DocumentMediaType.Pdf, document.MediaType);
        Assert.Null(document.Encoding);
    }

    [Fact]
    public void The_title_and_creation_date_come_from_the_document_information()
    {
        var pdf = SamplePdf.WithPages("Informe semanal", "D:20240305233000-05'00'", ["Texto del informe."]);

        var document = reader.Read("informe.pdf", pdf);

        Assert.Equal("Informe semanal", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), document.PublishedOn);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_rejected_because_we_do_not_run_ocr()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("escaneado.pdf", SamplePdf.WithoutTextLayer()));

        Assert.Equal("PDF has no text layer (a scanned image?); OCR is not supported", error.Message);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_rejected_as_corrupt()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a pdf\n%%EOF");

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("roto.pdf", bytes));

        Assert.StartsWith("corrupt or encrypted PDF: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_rejected_or_read_but_never_throws_anything_else()
    {
        var pdf = SamplePdf.WithPages(null, null, ["Detenidos en Vigo."]);

        for (var length = 1; length < pdf.Length; length += 7)
        {
            var error = Record.Exception(() => reader.Read("cortado.pdf", pdf.AsMemory(0, length)));

            Assert.True(error is null or DocumentRejectedException, $"at {length} bytes: {error}");
        }
    }

    [Fact]
    public void An_encrypted_pdf_is_rejected()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("cifrado.pdf", EncryptedPdf()));

        Assert.Equal("corrupt or encrypted PDF: the file is password-protected", error.Message);
    }

    // PdfPig cannot write encryption, so this is a hand-made file whose trailer points at a standard security handler
    // with a user password we do not have.
    private static byte[] EncryptedPdf()
    {
        var hash = new string('A', 64);
        var body = new StringBuilder();
        var offsets = new List<int>();
        body.Append("%PDF-1.4\n");
        void Add(string obj)
        {
            offsets.Add(body.Length);
            body.Append(obj);
        }

        Add("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Add("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Add("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        Add($"4 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <{hash}> /U <{hash}> >>\nendobj\n");
        var xref = body.Length;
        body.Append("xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append($"{offset:D10} 00000 n \n");
        }

        body.Append($"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<{hash[..32]}> <{hash[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }
}
