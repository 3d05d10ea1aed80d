using System.Text;

namespace Enlace.Storage;

/// <summary>
/// A user's search text, parsed once into words, "quoted phrases", OR and -excluded words, so that neither engine
/// ever sees raw syntax it could choke on. PostgreSQL takes <see cref="Normalised"/> through websearch_to_tsquery;
/// SQLite takes <see cref="ToFts5"/>.
/// </summary>
internal sealed class FullTextQuery
{
    private readonly List<Clause> _clauses = [];

    private FullTextQuery()
    {
    }

    private enum Operator
    {
        And,
        Or,
        Not,
    }

    public bool IsEmpty => _clauses.Count == 0;

    /// <summary>The query in websearch syntax with every stray symbol removed.</summary>
    public string Normalised => string.Join(' ', _clauses.Select(c => c.Operator switch
    {
        Operator.Or => "or " + c.Quoted,
        Operator.Not => "-" + c.Quoted,
        _ => c.Quoted,
    }));

    /// <summary>
    /// When the query holds a phrase, the same query with every phrase loosened to its words, in websearch syntax; null
    /// otherwise. It matches every document the query matches (and some more), and a GIN index answers it without
    /// reading any document's positions, so PostgreSQL checks the exact phrases only on the rows it keeps.
    /// </summary>
    public string? Relaxed
    {
        get
        {
            if (!_clauses.Any(c => c.Words.Count > 1))
            {
                return null;
            }

            // An excluded phrase cannot be loosened without losing matches ("-\"a b\"" keeps documents with a and b
            // apart), so it is left out: dropping an exclusion only widens the match.
            return string.Join(' ', _clauses
                .Where(c => !(c.Operator == Operator.Not && c.Words.Count > 1))
                .Select(c => c.Operator switch
                {
                    Operator.Or => "or " + string.Join(' ', c.Words),
                    Operator.Not => "-" + c.Words[0],
                    _ => string.Join(' ', c.Words),
                }));
        }
    }

    public static FullTextQuery Parse(string text)
    {
        var query = new FullTextQuery();
        var pending = Operator.And;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var inner = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                query.Add(Words(inner), pending);
                pending = Operator.And;
                i = close < 0 ? text.Length : close + 1;
            }
            else if (c == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                pending = Operator.Not;
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                var word = text[start..i];
                if (word == "OR" && query._clauses.Count > 0)
                {
                    pending = Operator.Or;
                    continue;
                }

                query.Add([word], pending);
                pending = Operator.And;
            }
            else
            {
                i++;
            }
        }

        return query;
    }

    /// <summary>FTS5 syntax: every word and phrase double-quoted, so no word is read as an operator or column name.</summary>
    public string ToFts5()
    {
        var builder = new StringBuilder();
        foreach (var clause in _clauses)
        {
            if (builder.Length > 0)
            {
                builder.Append(clause.Operator switch { Operator.Or => " OR ", Operator.Not => " NOT ", _ => " AND " });
            }

            builder.Append(clause.Quoted);
        }

        return builder.ToString();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private void Add(List<string> words, Operator op)
    {
        if (words.Count == 0)
        {
            return;
        }

        // FTS5 cannot start with NOT; a leading exclusion alone matches nothing useful, so drop it.
        if (_clauses.Count == 0 && op == Operator.Not)
        {
            return;
        }

        _clauses.Add(new Clause(words, _clauses.Count == 0 ? Operator.And : op));
    }

    private sealed record Clause(IReadOnlyList<string> Words, Operator Operator)
    {
        public string Quoted => '"' + string.Join(' ', Words) + '"';
    }
}
