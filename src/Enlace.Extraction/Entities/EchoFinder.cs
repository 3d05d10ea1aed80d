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
        var names = new Dictionary<string, List<Echo>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                Add(names, new Echo(doc.Surface(mention.First, mention.End), entity, mention.Priority - 1));
                if (mention.Name is { } name && mention.Source != "gazetteer")
                {
                    Add(names, new Echo(name, entity, mention.Priority - 1));
                }
            }
        }

        foreach (var (tail, entity) in Surnames(doc, entities))
        {
            Add(names, new Echo(tail, entity, Priorities.WeakPerson + 5));
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (!doc[i].IsWord || !doc[i].IsCapitalised || !lookup.TryGetValue(doc.FoldedOf(i), out var echoes))
            {
                continue;
            }

            foreach (var echo in echoes.OrderByDescending(e => e.Tokens.Length))
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

    private static void Add(Dictionary<string, List<Echo>> names, Echo echo)
    {
        if (echo.Tokens.Length == 0 || echo.Tokens.Length > NameRun.MaxTokens)
        {
            return;
        }

        var first = TextFold.Fold(echo.Tokens[0]);
        if (!names.TryGetValue(first, out var list))
        {
            list = [];
            names[first] = list;
        }

        if (!list.Any(e => e.Tokens.SequenceEqual(echo.Tokens, StringComparer.Ordinal) && e.Entity == echo.Entity))
        {
            list.Add(echo);
        }
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
                || tokens[k].Length > 1 && tokens[k].All(c => !char.IsLetter(c) || char.IsUpper(c)) && !token.IsAllCapitals)
            {
                return false;
            }
        }

        return true;
    }

    // A person's last name, or last two (Spanish double surname), when no other person in the document shares it.
    private static IEnumerable<(string Tail, EntityBuilder Entity)> Surnames(EntityDocument doc, IReadOnlyList<EntityBuilder> entities)
    {
        var tails = new List<(string Tail, EntityBuilder Entity)>();
        foreach (var person in entities.Where(e => e.Type == EntityTypes.Person))
        {
            var words = person.Canonical(doc).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            tails.Add((words[^1], person));
            if (words.Length >= 3)
            {
                tails.Add((words[^2] + " " + words[^1], person));
            }
        }

        var lexicon = Gazetteer.Instance.Lexicon;
        return tails
            .Where(t => t.Tail.Length >= 3 && !t.Tail.EndsWith('.') && !lexicon.ContainsWord(Lexicon.Common, t.Tail) && !lexicon.ContainsWord(Lexicon.GivenName, t.Tail))
            .GroupBy(t => TextFold.Fold(t.Tail))
            .Where(g => g.Select(t => t.Entity).Distinct().Count() == 1)
            .Select(g => g.First());
    }

    private sealed record Echo(string Text, EntityBuilder Entity, int Priority)
    {
        public string[] Tokens { get; } = [.. Tokenizer.Tokenize(Text).Select(t => Text.Substring(t.Start, t.Length))];
    }
}
