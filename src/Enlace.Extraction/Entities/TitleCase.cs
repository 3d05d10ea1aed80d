using System.Globalization;

namespace Enlace.Extraction.Entities;

/// <summary>Turns a name written in capitals into the way it is normally written: "LA VOZ DEL CARIBE" → "La Voz del Caribe".</summary>
public static class TitleCase
{
    private static readonly HashSet<string> Lowered = new(StringComparer.Ordinal)
    {
        "de", "del", "y", "e", "en", "contra", "para", "por", "a", "of", "and", "for", "in", "on", "against", "the", "da", "do", "dos",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "la", "las", "el", "los" };

    public static string FromCapitals(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('a', 'z') >= 0 || HasLower(text))
        {
            return text;
        }

        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLower(CultureInfo.InvariantCulture);
            var afterPreposition = i > 0 && Lowered.Contains(words[i - 1].ToLower(CultureInfo.InvariantCulture));
            words[i] = i > 0 && (Lowered.Contains(lower) || Articles.Contains(lower) && afterPreposition)
                ? lower
                : Capitalise(lower);
        }

        return string.Join(' ', words);
    }

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Capitalise(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        var chars = word.ToCharArray();
        chars[0] = char.ToUpper(chars[0], CultureInfo.InvariantCulture);
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i - 1] is '-' or '\'' or '’' or '(' && i + 1 < chars.Length)
            {
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            }
        }

        return new string(chars);
    }
}
