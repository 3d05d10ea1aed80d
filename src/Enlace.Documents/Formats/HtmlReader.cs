using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Enlace.Documents.PlainText;

namespace Enlace.Documents.Formats;

/// <summary>Web pages saved from news sites and police press offices.</summary>
internal static class HtmlReader
{
    // Where news sites state publication, most specific first.
    private static readonly string[] DateMetaNames = ["article:published_time", "date", "dc.date", "dc.date.issued", "datepublished"];

    public static DecodedDocument Read(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]))
        {
            BinaryContent.EnsureNoNulBytes(bytes.Span);
        }

        IHtmlDocument document;
        try
        {
            // AngleSharp picks the charset from a BOM or <meta charset>, defaulting to UTF-8 as browsers now do.
            using var stream = ByteStream.Over(bytes);
            document = new HtmlParser().ParseDocument(stream);
        }
        catch (Exception e)
        {
            throw LibraryFailure.Reject("not a readable HTML page", e);
        }

        using (document)
        {
            var text = CanonicalText.From(HtmlText.Extract(document));
            return new DecodedDocument(
                text, DocumentMediaType.Html, TitleOf(document), PublishedOn(document), document.CharacterSet.ToLowerInvariant());
        }
    }

    /// <summary>The text of an HTML fragment that arrived already decoded, such as the HTML body of an e-mail.</summary>
    public static string TextOf(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return HtmlText.Extract(document);
    }

    private static string? TitleOf(IHtmlDocument document)
    {
        var title = document.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            title = document.QuerySelector("h1")?.TextContent;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return CanonicalText.From(string.Join(' ', words));
    }

    private static DateOnly? PublishedOn(IHtmlDocument document)
    {
        foreach (var name in DateMetaNames)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)
                    && PublicationDate.Parse(meta.GetAttribute("content")) is { } date)
                {
                    return date;
                }
            }
        }

        foreach (var time in document.QuerySelectorAll("article time[datetime]"))
        {
            if (PublicationDate.Parse(time.GetAttribute("datetime")) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
