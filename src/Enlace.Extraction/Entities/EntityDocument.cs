using Enlace.Core.Statements;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// One document as the entity finders read it: the text, its folded twin (same offsets), its tokens and sentences,
/// and the words it uses in lower case (a capitalised word the text also writes in lower case is a common word).
/// </summary>
public sealed class EntityDocument
{
    // The tokens written in lower case, one per distinct word, compared by their folded text.
    private readonly HashSet<int> lowercaseWords;
    // The tokens that start a sentence, and those that start a line, ascending: a token's sentence or line is found by a
    // binary search, which costs less memory than two indices per token for each.
    private readonly int[] sentenceStarts;
    private readonly int[] lineStarts;

    private sbyte[]? allCapitalsLines;

    // The gazetteer names that start at each token (PhraseTrie.Match), found once: several finders ask about the same token.
    private readonly IReadOnlyList<(int Length, PhraseName Name)>?[] phraseMatches;

    // The country each token is a demonym of (Gazetteer.Demonym), looked up once; NotADemonym marks a word that is none.
    private readonly Country?[] demonyms;
    private static readonly Country NotADemonym = new("", "", "", "", "", new GazetteerEntry("", "", "", "", "", "", [], []));

    // The lexicon categories of each token (Lexicon.Mask), looked up once per token rather than once per question.
    private readonly int[] lexiconMasks;

    // The rule word lists each token is in (RuleWords), and how many lists had registered when they were looked up.
    private readonly ulong[] ruleMasks;
    private readonly int ruleLists;

    public EntityDocument(string text, string language, IReadOnlyList<TextSpan> sentences)
    {
        Text = text;
        Language = language is "es" or "en" ? language : "en";
        Sentences = sentences;
        Folded = TextFold.Fold(text);
        Tokens = Tokenizer.Tokenize(text, sentences);
        sentenceStarts = Starts(Tokens, TokenShape.SentenceStart);
        lineStarts = Starts(Tokens, TokenShape.LineStart);
        lowercaseWords = new HashSet<int>(new SameWord(this));
        lexiconMasks = new int[Tokens.Length];
        phraseMatches = new IReadOnlyList<(int, PhraseName)>?[Tokens.Length];
        demonyms = new Country?[Tokens.Length];
        var lexicon = Lexicon;
        var rules = RuleWords.Current;
        ruleLists = rules.Lists;
        ruleMasks = new ulong[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            var token = Tokens[i];
            var folded = Folded.AsSpan(token.Start, token.Length);
            lexiconMasks[i] = lexicon.Mask(folded);
            ruleMasks[i] = rules.Lookup.TryGetValue(folded, out var lists) ? lists : 0;
            if (token.IsWord && !token.IsCapitalised && char.IsLetter(text[token.Start]))
            {
                lowercaseWords.Add(i);
            }
        }
    }

    // The same document read in another language: everything but the language is shared.
    private EntityDocument(EntityDocument other, string language)
    {
        Text = other.Text;
        Language = language;
        Sentences = other.Sentences;
        Folded = other.Folded;
        Tokens = other.Tokens;
        sentenceStarts = other.sentenceStarts;
        lineStarts = other.lineStarts;
        lowercaseWords = other.lowercaseWords;
        lexiconMasks = other.lexiconMasks;
        ruleMasks = other.ruleMasks;
        ruleLists = other.ruleLists;
        phraseMatches = other.phraseMatches;
        demonyms = other.demonyms;
    }

    public string Text { get; }

    public string Folded { get; }

    public string Language { get; }

    public bool IsSpanish => Language == "es";

    public IReadOnlyList<TextSpan> Sentences { get; }

    public Token[] Tokens { get; }

    public int Count => Tokens.Length;

    public Lexicon Lexicon => Gazetteer.Instance.Lexicon;

    public Token this[int index] => Tokens[index];

    /// <summary>This document with its words read as <paramref name="language"/> ("es" or "en"), sharing its tokens.</summary>
    public EntityDocument InLanguage(string language)
    {
        var lang = language is "es" or "en" ? language : "en";
        return lang == Language ? this : new EntityDocument(this, lang);
    }

    public ReadOnlySpan<char> FoldedOf(int index) => Folded.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public ReadOnlySpan<char> TextOf(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The text of tokens [first, end), as written.</summary>
    public string Surface(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);

    public bool Is(int index, string foldedWord) =>
        index >= 0 && index < Tokens.Length && FoldedOf(index).SequenceEqual(foldedWord);

    public bool IsAny(int index, params ReadOnlySpan<string> foldedWords)
    {
        if (index < 0 || index >= Tokens.Length)
        {
            return false;
        }

        var token = FoldedOf(index);
        foreach (var word in foldedWords)
        {
            if (token.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAny(int index, WordList foldedWords)
    {
        if (index < 0 || index >= Tokens.Length)
        {
            return false;
        }

        var bit = foldedWords.Bit;
        return bit >= 0 && bit < ruleLists ? (ruleMasks[index] & (1UL << bit)) != 0 : foldedWords.Contains(FoldedOf(index));
    }

    public bool InLexicon(int index, string category) =>
        index >= 0 && index < Tokens.Length && (lexiconMasks[index] & Lexicon.Bit(category)) != 0;

    public bool IsCapitalisedWord(int index) =>
        index >= 0 && index < Tokens.Length && Tokens[index].IsCapitalised;

    /// <summary>True when the text also writes this word in lower case somewhere.</summary>
    public bool WrittenInLowercase(int index) => lowercaseWords.Contains(index);

    /// <summary>True when nothing but spaces and tabs separate the two tokens (no line break).</summary>
    public bool SameLine(int first, int second)
    {
        var from = Tokens[Math.Min(first, second)].End;
        var to = Tokens[Math.Max(first, second)].Start;
        return Text.AsSpan(from, to - from).IndexOf('\n') < 0;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The sentence holding the token, as a token range [first, end).</summary>
    public (int First, int End) SentenceTokens(int index) => Range(sentenceStarts, index);

    /// <summary>The gazetteer's names that start at token <paramref name="index"/>, longest first, with their length in tokens.</summary>
    public IReadOnlyList<(int Length, PhraseName Name)> PhraseMatches(int index) =>
        phraseMatches[index] ??= Gazetteer.Instance.Phrases.Match(Folded, Tokens, index);

    /// <summary>The country token <paramref name="index"/> is a demonym of, as written ("Venezuelan", "venezolanas").</summary>
    public Country? DemonymOf(int index)
    {
        var country = demonyms[index] ??= Gazetteer.Instance.Demonym(TextOf(index)) ?? NotADemonym;
        return ReferenceEquals(country, NotADemonym) ? null : country;
    }

    /// <summary>True when every word of more than one letter on the token's line is in capitals (a heading, a dateline).</summary>
    public bool IsAllCapitalsLine(int index)
    {
        // Read once per line: the finders ask for many tokens of the same line.
        allCapitalsLines ??= new sbyte[Tokens.Length];
        var (first, end) = Range(lineStarts, index);
        if (allCapitalsLines[first] == 0)
        {
            var all = true;
            for (var k = first; k < end && all; k++)
            {
                all = !(Tokens[k].IsWord && !Tokens[k].IsAllCapitals && Tokens[k].Length > 1);
            }

            allCapitalsLines[first] = all ? (sbyte)1 : (sbyte)-1;
        }

        return allCapitalsLines[first] > 0;
    }

    /// <summary>The line holding the token, as a token range [first, end).</summary>
    public (int First, int End) LineTokens(int index) => Range(lineStarts, index);

    private static int[] Starts(Token[] tokens, TokenShape boundary)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.Is(boundary) ? 1 : 0;
        }

        var starts = new int[count];
        count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Is(boundary))
            {
                starts[count++] = i;
            }
        }

        return starts;
    }

    // From the last start at or before the token (or the first token) to the next start after it (or the end).
    private (int First, int End) Range(int[] starts, int index)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] <= index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo > 0 ? starts[lo - 1] : 0, lo < starts.Length ? starts[lo] : Tokens.Length);
    }

    // Token indices as words: two tokens are the same word when their folded text is.
    private sealed class SameWord(EntityDocument doc) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => doc.FoldedOf(x).SequenceEqual(doc.FoldedOf(y));

        // FNV-1a: the words are the document's own, so the runtime's randomised hashing buys nothing here.
        public int GetHashCode(int obj)
        {
            var hash = 2166136261u;
            foreach (var c in doc.FoldedOf(obj))
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }
    }
}
