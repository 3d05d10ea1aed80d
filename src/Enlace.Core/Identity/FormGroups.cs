using Enlace.Core.Entities;

namespace Enlace.Core.Identity;

/// <summary>
/// Mentions grouped by identical comparable form — same tenant, kind, normalised name and aliases. A million mentions
/// of a hundred thousand entities repeat their names a lot: each form is blocked and scored once, and the mentions
/// sharing it are linked to each other directly.
/// </summary>
internal sealed class FormGroups
{
    private readonly int[] _first;
    private readonly int[] _next;

    private FormGroups(PreparedMention[] forms, int[] first, int[] next)
    {
        Forms = forms;
        _first = first;
        _next = next;
    }

    /// <summary>One prepared mention standing for each distinct form.</summary>
    public PreparedMention[] Forms { get; }

    public static FormGroups Build(PreparedMention[] mentions)
    {
        var index = new Dictionary<(Guid, EntityKind, string, string), int>(mentions.Length / 2);
        var forms = new List<PreparedMention>();
        var first = new List<int>();
        var last = new List<int>();
        var next = new int[mentions.Length];
        for (var m = 0; m < mentions.Length; m++)
        {
            var mention = mentions[m];
            next[m] = -1;
            var aliases = mention.Aliases.Length == 0 ? "" : string.Join('\u001F', mention.Aliases.Order(StringComparer.Ordinal));
            var key = (mention.Record.TenantId, mention.Record.Kind, mention.Normalized, aliases);
            if (index.TryGetValue(key, out var form))
            {
                next[last[form]] = m;
                last[form] = m;
                continue;
            }

            index.Add(key, forms.Count);
            forms.Add(mention);
            first.Add(m);
            last.Add(m);
        }

        return new FormGroups([.. forms], [.. first], next);
    }

    /// <summary>The indexes of the mentions written in form <paramref name="form"/>, in input order.</summary>
    public MemberEnumerator Members(int form) => new(_first[form], _next);

    internal struct MemberEnumerator(int first, int[] next)
    {
        private int _current = -1;
        private bool _started;

        public readonly int Current => _current;

        public readonly MemberEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            _current = _started ? next[_current] : first;
            _started = true;
            return _current >= 0;
        }
    }
}
