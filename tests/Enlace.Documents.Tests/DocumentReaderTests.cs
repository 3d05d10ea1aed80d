using System.Text;

namespace Enlace.Documents.Tests;

public sealed class DocumentReaderTests
{
    private readonly DocumentReader reader = new();

    [Fact]
    public void The_supported_extensions_are_the_text_web_pdf_word_and_email_formats() =>
        Assert.Equal([".txt", ".text", ".md", ".html", ".htm", ".pdf", ".docx", ".eml"], DocumentReader.SupportedExtensions);

    [Theory]
    [InlineData("informe.txt", true)]
    [InlineData("/srv/inbox/INFORME.PDF", true)]
    [InlineData("nota.Docx", true)]
    [InlineData("archive/page.htm", true)]
    [InlineData("mail.eml", true)]
    [InlineData("scan.tiff", false)]
    [InlineData("old.doc", false)]
    [InlineData("README", false)]
    public void Support_is_decided_by_the_extension_whatever_its_case(string path, bool supported) =>
        Assert.Equal(supported, DocumentReader.IsSupported(path));

    [Fact]
    public void An_extension_in_capitals_is_read_like_a_lower_case_one()
    {
        var document = reader.Read("INFORME.TXT", "Detenidos tres hombres"u8.ToArray());

        Assert.Equal("Detenidos tres hombres", document.Text);
        Assert.Equal(DocumentMediaType.PlainText, document.MediaType);
    }

    [Fact]
    public void Markdown_is_read_as_written_and_labelled_as_markdown()
    {
        var document = reader.Read("notes.md", "# Operación Nécora\n\n- *tres* detenidos\n"u8.ToArray());

        Assert.Equal("# Operación Nécora\n\n- *tres* detenidos\n", document.Text);
        Assert.Equal(DocumentMediaType.Markdown, document.MediaType);
    }

    [Fact]
    public void An_unsupported_extension_is_rejected_with_the_list_of_supported_ones()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read("report.xyz", "text"u8.ToArray()));

        Assert.Equal("unsupported file type '.xyz' (supported: .txt, .text, .md, .html, .htm, .pdf, .docx, .eml)", error.Message);
    }

    [Fact]
    public void A_name_without_extension_is_rejected() =>
        Assert.StartsWith(
            "unsupported file type: the name has no extension",
            Assert.Throws<DocumentRejectedException>(() => reader.Read("README", "text"u8.ToArray())).Message);

    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.html")]
    [InlineData("empty.pdf")]
    [InlineData("empty.docx")]
    [InlineData("empty.eml")]
    public void An_empty_file_is_rejected_whatever_its_format(string fileName) =>
        Assert.Equal("empty file", Assert.Throws<DocumentRejectedException>(() => reader.Read(fileName, Array.Empty<byte>())).Message);

    [Fact]
    public void A_200_MB_file_is_rejected_from_its_length_alone()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => DocumentReader.EnsureAcceptableSize(200L * 1024 * 1024));

        Assert.Equal("file is 200.0 MB; the limit is 50.0 MB", error.Message);
    }

    [Fact]
    public void A_file_at_the_limit_is_accepted() =>
        DocumentReader.EnsureAcceptableSize(DocumentReaderOptions.DefaultMaxBytes);

    [Fact]
    public void The_size_limit_comes_from_the_options()
    {
        var small = new DocumentReader(new DocumentReaderOptions(MaxBytes: 1024 * 1024));
        var bytes = Encoding.UTF8.GetBytes(new string('a', (2 * 1024 * 1024) + 1));

        var error = Assert.Throws<DocumentRejectedException>(() => small.Read("big.txt", bytes));

        Assert.Equal("file is 2.0 MB; the limit is 1.0 MB", error.Message);
    }

    [Fact]
    public void Reading_a_file_from_disk_checks_its_size_before_loading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"enlace-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "La Guardia Civil ha intervenido 40 kilos de hachís.");
        try
        {
            Assert.Equal("La Guardia Civil ha intervenido 40 kilos de hachís.", reader.ReadFile(path).Text);
            Assert.Throws<DocumentRejectedException>(() => new DocumentReader(new DocumentReaderOptions(MaxBytes: 10)).ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_supported_extension_has_a_reader()
    {
        foreach (var extension in DocumentReader.SupportedExtensions)
        {
            // Garbage is fine: the point is that the failure comes from a reader, not from the dispatch.
            var error = Record.Exception(() => reader.Read("file" + extension, "x"u8.ToArray()));

            Assert.True(error is null or DocumentRejectedException, $"{extension}: {error}");
            Assert.DoesNotContain("unsupported", error?.Message ?? "", StringComparison.Ordinal);
        }
    }
}
