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

    // Every listed word or phrase with the categories that list it, one bit each, so a document can look each of its
    // tokens up once and then answer "is this token a title?" from the bits.
    private readonly FrozenDictionary<string, int> categoryBits;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> masks;
    private readonly (string Name, int Bit)[] byReference;

    private Lexicon(FrozenDictionary<string, WordSet> sets)
    {
        this.sets = sets;
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (category, set) in sets.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (bits.Count == 31)
            {
                throw new InvalidOperationException("the lexicon has more categories than a mask holds");
            }

            var bit = 1 << bits.Count;
            bits[category] = bit;
            foreach (var word in set.Words)
            {
                words[word] = words.GetValueOrDefault(word) | bit;
            }
        }

        categoryBits = bits.ToFrozenDictionary(StringComparer.Ordinal);

        // Callers name categories by literals, which are interned: comparing references first spares hashing the name.
        byReference = [.. bits.Select(pair => (string.Intern(pair.Key), pair.Value))];
        masks = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the folded word (or phrase) is listed under <paramref name="category"/>.</summary>
    public bool Contains(string category, ReadOnlySpan<char> folded) =>
        sets.TryGetValue(category, out var set) && set.Lookup.Contains(folded);

    /// <summary>The categories that list the folded word, as bits to test with <see cref="Bit"/>; 0 when none does.</summary>
    public int Mask(ReadOnlySpan<char> folded) => masks.TryGetValue(folded, out var mask) ? mask : 0;

    /// <summary>The bit of <paramref name="category"/> in a <see cref="Mask"/>; 0 for a category the lexicon does not have.</summary>
    public int Bit(string category)
    {
        foreach (var (name, bit) in byReference)
        {
            if (ReferenceEquals(name, category))
            {
                return bit;
            }
        }

        return categoryBits.GetValueOrDefault(category);
    }

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
            Words = frozen;
            Lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
            Phrases = [.. words.Where(w => w.Contains(' ', StringComparison.Ordinal)).OrderByDescending(w => w.Length)];
        }

        public FrozenSet<string> Words { get; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public IReadOnlyList<string> Phrases { get; }
    }
}
