using System.Text;

namespace Enlace.Documents.PlainText;

/// <summary>
/// Builds plain text from a stream of text runs and breaks, the way a browser lays out flowing text: runs of white space
/// become one space, and breaks are only written between two pieces of text, so no leading, trailing or doubled blank lines.
/// </summary>
internal sealed class TextFlowWriter
{
    private readonly StringBuilder text = new();
    private TextBreak pending = TextBreak.None;

    public void Break(TextBreak kind)
    {
        if (kind > pending)
        {
            pending = kind;
        }
    }

    public void AppendFlowing(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (char.IsWhiteSpace(c))
            {
                Break(TextBreak.Space);
            }
            else
            {
                WritePending();
                text.Append(c);
            }
        }
    }

    /// <summary>Appends text whose white space is meaningful (a &lt;pre&gt; block).</summary>
    public void AppendVerbatim(ReadOnlySpan<char> run)
    {
        if (run.IsWhiteSpace())
        {
            return;
        }

        WritePending();
        text.Append(run);
    }

    public override string ToString() => text.ToString();

    private void WritePending()
    {
        if (text.Length > 0)
        {
            text.Append(pending switch
            {
                TextBreak.Space => " ",
                TextBreak.Cell => "\t",
                TextBreak.Line => "\n",
                TextBreak.Paragraph => "\n\n",
                _ => "",
            });
        }

        pending = TextBreak.None;
    }
}
