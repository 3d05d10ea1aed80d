using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using Enlace.Documents.Formats;

namespace Enlace.Documents;

/// <summary>
/// Turns the bytes of a report into a <see cref="DecodedDocument"/>, choosing the format by file extension.
/// Anything that cannot become a document is reported as a <see cref="DocumentRejectedException"/>, never as a library exception.
/// </summary>
public sealed class DocumentReader(DocumentReaderOptions? options = null)
{
    private static readonly (string Extension, string MediaType)[] Formats =
    [
        (".txt", DocumentMediaType.PlainText),
        (".text", DocumentMediaType.PlainText),
        (".md", DocumentMediaType.Markdown),
        (".html", DocumentMediaType.Html),
        (".htm", DocumentMediaType.Html),
        (".pdf", DocumentMediaType.Pdf),
        (".docx", DocumentMediaType.Docx),
        (".eml", DocumentMediaType.Email),
    ];

    private static readonly FrozenDictionary<string, string> MediaTypeByExtension =
        Formats.ToFrozenDictionary(f => f.Extension, f => f.MediaType, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> SupportedExtensions { get; } = [.. Formats.Select(f => f.Extension)];

    public DocumentReaderOptions Options { get; } = options ?? DocumentReaderOptions.Default;

    public static bool IsSupported(string path) => MediaTypeByExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// Rejects a file by its length alone, so callers can check a <see cref="FileInfo.Length"/> before reading the file into memory.
    /// </summary>
    public static void EnsureAcceptableSize(long length, DocumentReaderOptions? options = null)
    {
        var maxBytes = (options ?? DocumentReaderOptions.Default).MaxBytes;
        if (length > maxBytes)
        {
            throw new DocumentRejectedException($"file is {Megabytes(length)}; the limit is {Megabytes(maxBytes)}");
        }
    }

    /// <summary>Reads a file from disk, checking its type and size before loading it.</summary>
    /// <remarks>I/O failures (a missing file, no permission) are not rejections of the content and are not wrapped.</remarks>
    public DecodedDocument ReadFile(string path)
    {
        EnsureSupported(path);
        EnsureAcceptableSize(new FileInfo(path).Length, Options);
        return Read(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    public DecodedDocument Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var mediaType = EnsureSupported(fileName);
        EnsureAcceptableSize(bytes.Length, Options);
        if (bytes.IsEmpty)
        {
            throw new DocumentRejectedException("empty file");
        }

        var document = mediaType switch
        {
            DocumentMediaType.PlainText or DocumentMediaType.Markdown => PlainTextReader.Read(bytes.Span, mediaType),
            DocumentMediaType.Html => HtmlReader.Read(bytes),
            DocumentMediaType.Pdf => PdfReader.Read(bytes),
            DocumentMediaType.Docx => DocxReader.Read(bytes, Options),
            DocumentMediaType.Email => EmailReader.Read(bytes),
            _ => throw new UnreachableException($"No reader for {mediaType}."),
        };

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new DocumentRejectedException("no readable text in the file");
        }

        return document;
    }

    private static string EnsureSupported(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (MediaTypeByExtension.TryGetValue(extension, out var mediaType))
        {
            return mediaType;
        }

        var supported = string.Join(", ", SupportedExtensions);
        throw new DocumentRejectedException(extension.Length == 0
            ? $"unsupported file type: the name has no extension (supported: {supported})"
            : $"unsupported file type '{extension.ToLowerInvariant()}' (supported: {supported})");
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
}
