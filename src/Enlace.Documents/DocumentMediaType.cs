namespace Enlace.Documents;

/// <summary>The media types <see cref="DocumentReader"/> reports in <see cref="DecodedDocument.MediaType"/>.</summary>
public static class DocumentMediaType
{
    public const string PlainText = "text/plain";
    public const string Markdown = "text/markdown";
    public const string Html = "text/html";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Email = "message/rfc822";
}
