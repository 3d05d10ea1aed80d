using System.Text;

namespace Enlace.Documents.PlainText;

/// <summary>
/// The one form every reader's text is stored in: "\n" line endings, no byte-order mark, Unicode NFC. Statement offsets point
/// into this text, and search and extraction compare strings, so "í" must be one code point whatever produced it.
/// </summary>
internal static class CanonicalText
{
    public static string From(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
