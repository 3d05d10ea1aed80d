using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Once a name is known, every other place the document writes it is a mention too: "Los Malditos del Puerto" in a
/// headline, "Dirtrap" after its definition, "LOS GALLEGOS" in capitals, a person's surname alone ("Quintero").
/// </summary>
public static class EchoFinder
{
    public static List<Candidate> Find(EntityDocument doc, IReadOnlyList<EntityBuilder> entities)
    {
        var echoes = new EchoTable(entities);
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                echoes.Add(doc.Surface(mention.First, mention.End), e, mention.Priority - 1);
                if (mention.Name is { } name && mention.Source != "gazetteer")
                {
                    echoes.Add(name, e, mention.Priority - 1);
                }
            }
        }

        foreach (var (tail, e) in Surnames(doc, entities))
        {
            echoes.Add(tail, e, Priorities.WeakPerson + 5);
        }

        var lookup = echoes.LongestFirst();
        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (!doc[i].IsWord || !doc[i].IsCapitalised || !lookup.TryGetValue(doc.FoldedOf(i), out var candidates))
            {
                continue;
            }

            foreach (var echo in candidates)
            {
                if (Matches(doc, i, echo.Tokens))
                {
                    var key = echo.Entity.Key;
                    found.Add(new Candidate(echo.Entity.Type, i, i + echo.Tokens.Length, echo.Priority, "echo") { AliasOf = key });
                    break;
                }
            }
        }

        return found;
    }

    // The capitals of the name must be capitals in the text: "Comas" the district is not "comas".
    private static bool Matches(EntityDocument doc, int first, string[] tokens)
    {
        if (first + tokens.Length > doc.Count)
        {
            return false;
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            var token = doc[first + k];
            if (!TextFold.SameFolded(doc.TextOf(first + k), tokens[k]) || char.IsUpper(tokens[k][0]) && !token.IsCapitalised
                || tokens[k].Length > 1 && AllCapitals(tokens[k]) && !token.IsAllCapitals)
            {
                return false;
            }
        }

        return true;
    }

    // No lower-case letter in the word.
    private static bool AllCapitals(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // A person's last name, or last two (Spanish double surname), when no other person in the document shares it.
    private static IEnumerable<(string Tail, int Entity)> Surnames(EntityDocument doc, IReadOnlyList<EntityBuilder> entities)
    {
        var tails = new List<(string Tail, int Entity)>();
        for (var e = 0; e < entities.Count; e++)
        {
            if (entities[e].Type != EntityTypes.Person)
            {
                continue;
            }

            var words = entities[e].Canonical(doc).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            tails.Add((words[^1], e));
            if (words.Length >= 3)
            {
                tails.Add((words[^2] + " " + words[^1], e));
            }
        }

        var lexicon = Gazetteer.Instance.Lexicon;
        return tails
            .Where(t => t.Tail.Length >= 3 && !t.Tail.EndsWith('.') && !lexicon.ContainsWord(Lexicon.Common, t.Tail) && !lexicon.ContainsWord(Lexicon.GivenName, t.Tail))
            .GroupBy(t => TextFold.Fold(t.Tail))
            .Where(g => g.All(t => t.Entity == g.First().Entity))
            .Select(g => g.First());
    }

    private sealed record Echo(string[] Tokens, EntityBuilder Entity, int Priority);

    // The names to look for, under their first word folded: each name once per entity, its words cut as the tokenizer cuts them.
    private sealed class EchoTable(IReadOnlyList<EntityBuilder> entities)
    {
        private readonly Dictionary<string, List<Echo>> byFirstWord = new(StringComparer.Ordinal);
        private readonly HashSet<(string, int)> seen = [];
        private readonly Dictionary<string, string[]> tokenised = new(StringComparer.Ordinal);

        /// <param name="index">The entity's place in the list: entities are told apart by it.</param>
        public void Add(string text, int index, int priority)
        {
            // The same words for the same entity again add nothing: the first (and its priority) stands.
            if (!seen.Add((text, index)))
            {
                return;
            }

            var entity = entities[index];

            if (!tokenised.TryGetValue(text, out var tokens))
            {
                var cut = Tokenizer.Tokenize(text);
                tokens = new string[cut.Length];
                for (var k = 0; k < cut.Length; k++)
                {
                    tokens[k] = text.Substring(cut[k].Start, cut[k].Length);
                }

                tokenised[text] = tokens;
            }

            if (tokens.Length == 0 || tokens.Length > NameRun.MaxTokens)
            {
                return;
            }

            var first = TextFold.Fold(tokens[0]);
            if (!byFirstWord.TryGetValue(first, out var list))
            {
                list = [];
                byFirstWord[first] = list;
            }

            foreach (var echo in list)
            {
                if (echo.Entity == entity && echo.Tokens.AsSpan().SequenceEqual(tokens))
                {
                    return;
                }
            }

            list.Add(new Echo(tokens, entity, priority));
        }

        /// <summary>The echoes by first word, the longest of each first word tried first.</summary>
        public Dictionary<string, Echo[]>.AlternateLookup<ReadOnlySpan<char>> LongestFirst()
        {
            var table = new Dictionary<string, Echo[]>(byFirstWord.Count, StringComparer.Ordinal);
            foreach (var (first, list) in byFirstWord)
            {
                table[first] = LongestFirst(list);
            }

            return table.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        // A stable sort, longest first: among names of one length, the one added first is tried first.
        private static Echo[] LongestFirst(List<Echo> list)
        {
            if (list.Count > 32)
            {
                return [.. list.OrderByDescending(e => e.Tokens.Length)];
            }

            var sorted = list.ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                var echo = sorted[i];
                var j = i - 1;
                while (j >= 0 && sorted[j].Tokens.Length < echo.Tokens.Length)
                {
                    sorted[j + 1] = sorted[j];
                    j--;
                }

                sorted[j + 1] = echo;
            }

            return sorted;
        }
    }
}
