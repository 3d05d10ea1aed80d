using System.Globalization;
using System.Text;

namespace Enlace.Core.Identity;

/// <summary>
/// One written form for a name before it is compared: lower case, no accents (á → a, ñ → n), punctuation and hyphens
/// as spaces, possessive "'s" dropped, short forms expanded (U.S., EE. UU. → united states; Dept. → department) and a
/// leading article (the, el, la, los, las) removed. Also the acronym of a long name and the "SURNAMES, Given" order.
/// </summary>
public static class NameForms
{
    private static readonly char[] Folded = BuildFoldTable();

    /// <summary>The name in its comparable form: normalised tokens joined by single spaces.</summary>
    public static string Normalize(string name) => string.Join(' ', Tokens(name));

    /// <summary>The normalised tokens of a name (see <see cref="Normalize"/>).</summary>
    public static IReadOnlyList<string> Tokens(string name) => Tokenize(name, expandAbbreviations: true, dropLeadingArticle: true);

    /// <summary>
    /// The acronym of a name from the initials of its significant words, skipping function words of either language:
    /// "Homeland Security Investigations" → HSI, "Policía Nacional del Perú" → PNP, "Dirección contra la Trata de
    /// Personas" → DCTP.
    /// </summary>
    public static string Acronym(string name) => Initials(Tokens(name), keepFunctionWords: false).ToUpperInvariant();

    /// <summary>The acronym keeping function words as initials too: "Policía de Investigaciones" → PDI.</summary>
    public static string AcronymWithFunctionWords(string name) => Initials(Tokens(name), keepFunctionWords: true).ToUpperInvariant();

    /// <summary>"RIVAS OQUENDO, José Manuel" → "José Manuel RIVAS OQUENDO"; a name without that comma is returned as is.</summary>
    public static string PersonOrder(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || comma == name.Length - 1 || string.IsNullOrWhiteSpace(name[(comma + 1)..]))
        {
            return name;
        }

        return $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}";
    }

    /// <summary>Whether a normalised token is a function word of Spanish or English ("de", "la", "of", "the").</summary>
    public static bool IsFunctionWord(string token) => FunctionWords.Contains(token);

    internal static string Initials(IReadOnlyList<string> tokens, bool keepFunctionWords)
    {
        var initials = new StringBuilder(tokens.Count);
        foreach (var token in tokens)
        {
            if (keepFunctionWords || !FunctionWords.Contains(token))
            {
                initials.Append(token[0]);
            }
        }

        return initials.ToString();
    }

    internal static List<string> Tokenize(string name, bool expandAbbreviations, bool dropLeadingArticle)
    {
        var tokens = Split(name, out var dotted);
        if (expandAbbreviations && tokens.Count > 0)
        {
            tokens = Abbreviations.Expand(tokens, dotted);
        }

        if (dropLeadingArticle && tokens.Count > 1 && FunctionWords.IsLeadingArticle(tokens[0]))
        {
            tokens.RemoveAt(0);
        }

        return tokens;
    }

    /// <summary>Folds a character to its lower-case unaccented letter, or '\0' when it separates tokens.</summary>
    internal static char Fold(char c)
    {
        if (c < Folded.Length)
        {
            return Folded[c];
        }

        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static List<string> Split(string name, out ulong dotted)
    {
        dotted = 0;
        var tokens = new List<string>(6);
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length * 2] : new char[name.Length * 2];
        var length = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '\'' or '’' or 'ʼ' or '‘' or '`')
            {
                // "Peru's" → "peru"; "Don't" → "dont": an apostrophe never splits a word.
                if (i + 1 < name.Length && name[i + 1] is 's' or 'S' && (i + 2 == name.Length || !char.IsLetterOrDigit(name[i + 2])))
                {
                    i++;
                }

                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'ß':
                    buffer[length++] = 's';
                    buffer[length++] = 's';
                    continue;
                case 'æ' or 'Æ':
                    buffer[length++] = 'a';
                    buffer[length++] = 'e';
                    continue;
                case 'œ' or 'Œ':
                    buffer[length++] = 'o';
                    buffer[length++] = 'e';
                    continue;
            }

            var folded = Fold(c);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
            else if (length > 0)
            {
                dotted |= c == '.' && tokens.Count < 64 ? 1UL << tokens.Count : 0;
                tokens.Add(new string(buffer[..length]));
                length = 0;
            }
        }

        if (length > 0)
        {
            tokens.Add(new string(buffer[..length]));
        }

        return tokens;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (!char.IsLetterOrDigit(ch))
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD)[0];
            table[c] = char.ToLowerInvariant(decomposed) switch
            {
                'ł' => 'l',
                'ø' => 'o',
                'đ' => 'd',
                'ħ' => 'h',
                'ı' => 'i',
                'ª' => 'a',
                'º' => 'o',
                var other => other,
            };
        }

        return table;
    }
}
