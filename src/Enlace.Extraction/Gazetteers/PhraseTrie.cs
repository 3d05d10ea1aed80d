using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Gazetteers;

/// <summary>
/// The gazetteer's names as a trie of folded tokens, so a document is matched token by token, longest name first,
/// without building a string per candidate.
/// </summary>
public sealed class PhraseTrie
{
    private readonly Node root = new();

    public int MaxTokens { get; private set; }

    public void Add(PhraseName name, IReadOnlyList<string> foldedTokens)
    {
        var node = root;
        foreach (var token in foldedTokens)
        {
            node = node.Child(token);
        }

        node.Names.Add(name);
        MaxTokens = Math.Max(MaxTokens, foldedTokens.Count);
    }

    /// <summary>The names that match the tokens from <paramref name="first"/> on, longest first, with their length.</summary>
    public IReadOnlyList<(int Length, PhraseName Name)> Match(string folded, Token[] tokens, int first)
    {
        var head = tokens[first];
        if (!root.TryChild(folded.AsSpan(head.Start, head.Length), out var node))
        {
            return [];
        }

        List<(int Length, PhraseName Name)>? found = null;
        for (var i = first; i < tokens.Length && i - first < MaxTokens; i++)
        {
            // The head's node is found already; each later token goes one level down.
            if (i > first)
            {
                var token = tokens[i];
                if (!node.TryChild(folded.AsSpan(token.Start, token.Length), out var next))
                {
                    break;
                }

                node = next;
            }

            foreach (var name in node.Names)
            {
                (found ??= []).Add((i - first + 1, name));
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Sort(static (a, b) => b.Item1.CompareTo(a.Item1));
        return found;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public List<PhraseName> Names { get; } = [];

        public Node Child(string token)
        {
            if (children is null)
            {
                children = new Dictionary<string, Node>(StringComparer.Ordinal);
                lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!children.TryGetValue(token, out var child))
            {
                child = new Node();
                children[token] = child;
            }

            return child;
        }

        public bool TryChild(ReadOnlySpan<char> token, out Node child)
        {
            if (children is not null && lookup.TryGetValue(token, out var found))
            {
                child = found;
                return true;
            }

            child = this;
            return false;
        }
    }
}
