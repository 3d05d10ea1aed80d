namespace Enlace.Server.Components.Shared;

/// <summary>Splits a search snippet, whose matches the store marks between ⟦ and ⟧, into plain and matched runs.</summary>
public static class Snippet
{
    public static IEnumerable<(string Text, bool Match)> Parts(string snippet)
    {
        var at = 0;
        while (at < snippet.Length)
        {
            var open = snippet.IndexOf('⟦', at);
            if (open < 0)
            {
                break;
            }

            var close = snippet.IndexOf('⟧', open + 1);
            if (close < 0)
            {
                break;
            }

            if (open > at)
            {
                yield return (snippet[at..open], false);
            }

            yield return (snippet[(open + 1)..close], true);
            at = close + 1;
        }

        if (at < snippet.Length)
        {
            yield return (snippet[at..], false);
        }
    }
}
