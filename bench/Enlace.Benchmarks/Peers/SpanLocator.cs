using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Places the gold's quoted expressions in a text: each at its first whole-word occurrence not already taken by an
/// earlier expression with the same words, so "dos" is never found inside "detenidos" and a repeated "ayer" gets its
/// second place. When every occurrence is taken (the two figures of one range quote the same words), the last is reused.
/// </summary>
public sealed class SpanLocator(string text)
{
    private readonly Dictionary<string, List<int>> _taken = new(StringComparer.Ordinal);

    /// <param name="mayReuse">Whether a quote may take a place already taken when no other is left.</param>
    public TextSpan? Locate(string quoted, bool mayReuse = true)
    {
        if (quoted.Length == 0)
        {
            return null;
        }

        var taken = _taken.TryGetValue(quoted, out var list) ? list : _taken[quoted] = [];
        int? fallback = null;
        for (var at = text.IndexOf(quoted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quoted, at + 1, StringComparison.Ordinal))
        {
            if (!IsWholeWord(at, quoted.Length))
            {
                continue;
            }

            if (!taken.Contains(at))
            {
                taken.Add(at);
                return new TextSpan(at, at + quoted.Length);
            }

            fallback = at;
        }

        return mayReuse && fallback is { } reused ? new TextSpan(reused, reused + quoted.Length) : null;
    }

    private bool IsWholeWord(int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]))
        && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]) || !char.IsLetterOrDigit(text[start + length - 1]));
}
