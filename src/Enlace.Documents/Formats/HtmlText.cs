using System.Collections.Frozen;
using AngleSharp.Dom;
using Enlace.Documents.PlainText;

namespace Enlace.Documents.Formats;

/// <summary>
/// The text a reader of an HTML page sees, laid out as paragraphs. Only text nodes are ever read, so attributes (event
/// handlers, javascript: URLs) cannot reach the output; elements whose content is code, media or hidden are skipped whole.
/// </summary>
internal static class HtmlText
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(
        StringComparer.Ordinal,
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "audio", "video", "math");

    private static readonly FrozenDictionary<string, TextBreak> Breaks = new Dictionary<string, TextBreak>
    {
        ["p"] = TextBreak.Paragraph,
        ["h1"] = TextBreak.Paragraph,
        ["h2"] = TextBreak.Paragraph,
        ["h3"] = TextBreak.Paragraph,
        ["h4"] = TextBreak.Paragraph,
        ["h5"] = TextBreak.Paragraph,
        ["h6"] = TextBreak.Paragraph,
        ["article"] = TextBreak.Paragraph,
        ["section"] = TextBreak.Paragraph,
        ["blockquote"] = TextBreak.Paragraph,
        ["pre"] = TextBreak.Paragraph,
        ["table"] = TextBreak.Paragraph,
        ["ul"] = TextBreak.Paragraph,
        ["ol"] = TextBreak.Paragraph,
        ["dl"] = TextBreak.Paragraph,
        ["figure"] = TextBreak.Paragraph,
        ["hr"] = TextBreak.Paragraph,
        ["div"] = TextBreak.Line,
        ["br"] = TextBreak.Line,
        ["li"] = TextBreak.Line,
        ["tr"] = TextBreak.Line,
        ["dt"] = TextBreak.Line,
        ["dd"] = TextBreak.Line,
        ["header"] = TextBreak.Line,
        ["footer"] = TextBreak.Line,
        ["nav"] = TextBreak.Line,
        ["aside"] = TextBreak.Line,
        ["main"] = TextBreak.Line,
        ["address"] = TextBreak.Line,
        ["figcaption"] = TextBreak.Line,
        ["caption"] = TextBreak.Line,
        ["form"] = TextBreak.Line,
        ["fieldset"] = TextBreak.Line,
        ["legend"] = TextBreak.Line,
        ["details"] = TextBreak.Line,
        ["summary"] = TextBreak.Line,
        ["thead"] = TextBreak.Line,
        ["tbody"] = TextBreak.Line,
        ["tfoot"] = TextBreak.Line,
        ["td"] = TextBreak.Cell,
        ["th"] = TextBreak.Cell,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Extract(IDocument document)
    {
        var writer = new TextFlowWriter();
        if (document.Body is not { } root)
        {
            return "";
        }

        // An explicit stack rather than recursion: hostile pages nest elements deeply enough to exhaust the call stack.
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((root, false));
        var preformattedDepth = 0;
        while (pending.TryPop(out var entry))
        {
            var (node, leaving) = entry;
            if (node is IText text)
            {
                if (preformattedDepth > 0)
                {
                    writer.AppendVerbatim(text.Data);
                }
                else
                {
                    writer.AppendFlowing(text.Data);
                }

                continue;
            }

            if (node is not IElement element || Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
            {
                continue;
            }

            var isPreformatted = element.LocalName is "pre" or "textarea" or "listing";
            if (Breaks.TryGetValue(element.LocalName, out var kind))
            {
                // Cells are separated from the previous cell, not from what follows the last one.
                writer.Break(kind == TextBreak.Cell && leaving ? TextBreak.None : kind);
            }

            if (leaving)
            {
                preformattedDepth -= isPreformatted ? 1 : 0;
                continue;
            }

            preformattedDepth += isPreformatted ? 1 : 0;
            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        return writer.ToString();
    }
}
