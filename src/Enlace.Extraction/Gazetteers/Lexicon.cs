using System.Collections.Frozen;
using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Gazetteers;

/// <summary>The word lists of lexicon.tsv and given-names.tsv, folded, each looked up without allocating.</summary>
public sealed class Lexicon
{
    public const string Title = "title";
    public const string TitleModifier = "title-modifier";
    public const string OrganisationHeadFirst = "org-head-first";
    public const string OrganisationHeadLast = "org-head-last";
    public const string OrganisationConnector = "org-connector";
    public const string Common = "common";
    public const string Month = "month";
    public const string Weekday = "weekday";
    public const string EventHead = "event-head";
    public const string Heading = "heading";
    public const string PressOffice = "press-office";
    public const string GivenName = "given-name";

    private readonly FrozenDictionary<string, WordSet> sets;

    private Lexicon(FrozenDictionary<string, WordSet> sets) => this.sets = sets;

    /// <summary>True when the folded word (or phrase) is listed under <paramref name="category"/>.</summary>
    public bool Contains(string category, ReadOnlySpan<char> folded) =>
        sets.TryGetValue(category, out var set) && set.Lookup.Contains(folded);

    /// <summary>True when the word, folded here, is listed under <paramref name="category"/>.</summary>
    public bool ContainsWord(string category, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > buffer.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = TextFold.Fold(word[i]);
        }

        return Contains(category, buffer);
    }

    /// <summary>The multi-word phrases of a category, folded, longest first.</summary>
    public IReadOnlyList<string> Phrases(string category) =>
        sets.TryGetValue(category, out var set) ? set.Phrases : [];

    public static Lexicon Load()
    {
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Rows("lexicon.tsv"))
        {
            var category = TsvFile.Column(row, 0);
            if (!words.TryGetValue(category, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                words[category] = set;
            }

            foreach (var word in TsvFile.List(row, 1))
            {
                set.Add(TextFold.Fold(word));
            }
        }

        words[GivenName] = [.. TsvFile.Rows("given-names.tsv").Select(row => TextFold.Fold(TsvFile.Column(row, 0)))];
        return new Lexicon(words.ToFrozenDictionary(pair => pair.Key, pair => new WordSet(pair.Value), StringComparer.Ordinal));
    }

    private sealed class WordSet
    {
        public WordSet(HashSet<string> words)
        {
            var frozen = words.ToFrozenSet(StringComparer.Ordinal);
            Lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
            Phrases = [.. words.Where(w => w.Contains(' ', StringComparison.Ordinal)).OrderByDescending(w => w.Length)];
        }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public IReadOnlyList<string> Phrases { get; }
    }
}
