using Enlace.Core.Statements;

namespace Enlace.Server.Components.Reader;

/// <summary>
/// Cuts a report's text into plain and highlighted runs from its statements' spans. Highlights never overlap: spans
/// are taken from the left, the longer first, and a span that overlaps one already taken joins it, so every statement
/// with a span is shown in exactly one highlight.
/// </summary>
public static class Highlighter
{
    /// <summary>Statements whose span is the whole sentence that frames an event, not a word of it: listed, not highlighted.</summary>
    public static readonly IReadOnlySet<string> FrameProperties = new HashSet<string>(StringComparer.Ordinal) { "reports", "place", "participant" };

    public static IReadOnlyList<TextPiece> Split(string text, IEnumerable<Statement> statements)
    {
        var groups = statements
            .Where(s => s.Span is { } span && span.End <= text.Length && span.Length > 0 && !FrameProperties.Contains(s.Property))
            .GroupBy(s => s.Span!.Value)
            .OrderBy(g => g.Key.Start)
            .ThenByDescending(g => g.Key.Length);

        var taken = new List<(int Start, int End, List<Statement> Statements)>();
        foreach (var group in groups)
        {
            if (taken.Count > 0 && group.Key.Start < taken[^1].End)
            {
                taken[^1].Statements.AddRange(group);
                continue;
            }

            taken.Add((group.Key.Start, group.Key.End, [.. group]));
        }

        var pieces = new List<TextPiece>();
        var at = 0;
        for (var i = 0; i < taken.Count; i++)
        {
            var (start, end, found) = taken[i];
            if (start > at)
            {
                pieces.Add(new TextPiece(text[at..start], null));
            }

            pieces.Add(new TextPiece(text[start..end], new Highlight(i + 1, start, end, found)));
            at = end;
        }

        if (at < text.Length)
        {
            pieces.Add(new TextPiece(text[at..], null));
        }

        return pieces;
    }
}
