using Enlace.Core.Statements;

namespace Enlace.Extraction.Text;

/// <summary>
/// Splits text into sentences as spans of the original string. A sentence ends at '.', '!' or '?' followed by a space
/// and a capital, digit, quote or opening punctuation, and at every blank line or line break; a full stop after a
/// known abbreviation ("Feb.", "U.S.", "Sr.", "No.") or a single capital letter does not end one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ene", "abr", "ago", "dic", "mr", "mrs", "ms", "dr", "sr", "sra", "srta", "st", "gen", "col", "lt", "capt", "sgt",
        "cnel", "gral", "cmdte", "crnl", "ing", "lic", "no", "nº", "núm", "num", "art", "inc", "ltd", "co", "corp", "vs",
        "approx", "aprox", "etc", "av", "avda", "jr", "sen", "rep", "gov", "prof", "ee", "uu", "u", "s", "e", "p", "dept",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        // Sized for a line or sentence every 64 characters or so, which most reports come close to, rather than grown from 4.
        var sentences = new List<TextSpan>(Math.Min(text.Length / 64 + 4, 1 << 16));
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                Add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>The index of the sentence that contains <paramref name="position"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<TextSpan> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (position < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;

        // Closing quotes and brackets stay with the sentence they close.
        while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')' or '»')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        var follower = text[next];
        if (!(char.IsUpper(follower) || char.IsDigit(follower) || follower is '"' or '“' or '«' or '(' or '¿' or '¡' or '—' or '-'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word);
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
