namespace Enlace.Extraction.Entities;

/// <summary>
/// Whether an acronym can be read off the words of a name, each word giving a prefix of itself (possibly none) and the
/// first word at least one letter: "Dirtrap" ← "DIRección contra la TRAta de Personas", "FACh" ← "Fuerza Aérea de CHile".
/// </summary>
public static class Initials
{
    public static bool Match(string acronym, IReadOnlyList<string> words)
    {
        var letters = Letters(acronym);
        if (letters.Length < 2 || words.Count == 0 || words.Count > 24)
        {
            return false;
        }

        var memo = new bool?[letters.Length + 1, words.Count + 1];
        return Consume(letters, 0, words, 0, memo);
    }

    // The acronym's letters and digits, folded.
    private static string Letters(string acronym)
    {
        Span<char> letters = acronym.Length <= 64 ? stackalloc char[acronym.Length] : new char[acronym.Length];
        var count = 0;
        foreach (var c in acronym)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[count++] = TextFold.Fold(c);
            }
        }

        return new string(letters[..count]);
    }

    /// <summary>True when the two acronyms have the same letters in another order, or differ by one letter.</summary>
    public static bool IsTypoOf(string written, string known)
    {
        if (written.Length != known.Length || written.Length < 2 || written == known)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < written.Length; i++)
        {
            differences += written[i] == known[i] ? 0 : 1;
        }

        return differences == 1 || SameLetters(written, known);
    }

    // The same characters in another order ("HIS" for "HSI"): both sorted and compared, short words on the stack.
    private static bool SameLetters(string written, string known)
    {
        Span<char> a = written.Length <= 64 ? stackalloc char[written.Length] : new char[written.Length];
        Span<char> b = known.Length <= 64 ? stackalloc char[known.Length] : new char[known.Length];
        written.CopyTo(a);
        known.CopyTo(b);
        a.Sort();
        b.Sort();
        return a.SequenceEqual(b);
    }

    private static bool Consume(string letters, int a, IReadOnlyList<string> words, int w, bool?[,] memo)
    {
        if (a == letters.Length)
        {
            return true;
        }

        if (w == words.Count)
        {
            return false;
        }

        if (memo[a, w] is { } known)
        {
            return known;
        }

        var word = words[w];
        var result = false;
        var k = 0;
        while (true)
        {
            if ((w > 0 || k > 0) && Consume(letters, a + k, words, w + 1, memo))
            {
                result = true;
                break;
            }

            if (k >= word.Length || a + k >= letters.Length || TextFold.Fold(word[k]) != letters[a + k])
            {
                break;
            }

            k++;
        }

        memo[a, w] = result;
        return result;
    }
}
