using System.Globalization;
using System.Text;

namespace Enlace.Benchmarks.Resolution;

/// <summary>The small corruptions reports introduce into names: dropped accents, capitals, and one typo.</summary>
internal static class Variation
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>One substitution, adjacent transposition, deletion or insertion inside one word of five letters or more.</summary>
    public static string Typo(string text, Random random)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToArray();
        if (candidates.Length == 0)
        {
            return text;
        }

        var w = candidates[random.Next(candidates.Length)];
        var word = words[w];
        var at = random.Next(1, word.Length - 1);
        var letter = Letters[random.Next(Letters.Length)];
        words[w] = random.Next(4) switch
        {
            0 => string.Concat(word.AsSpan(0, at), letter.ToString(), word.AsSpan(at + 1)),
            1 => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            2 => word.Remove(at, 1),
            _ => word.Insert(at, letter.ToString()),
        };
        return string.Join(' ', words);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
