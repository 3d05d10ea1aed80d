namespace Enlace.Core.Identity;

/// <summary>
/// How close two normalised tokens are: one edit apart (a substitution, an adjacent transposition, one letter more or
/// less — restricted Damerau-Levenshtein ≤ 1) or Jaro-Winkler similar. A typo is tolerated only in long tokens,
/// where one wrong letter still leaves the word recognisable.
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>Words shorter than this must match exactly.</summary>
    public const int TypoMinimumLength = 5;

    private const double JaroWinklerThreshold = 0.93;

    /// <summary>Whether two different tokens are the same word with one typo.</summary>
    public static bool IsTypo(string a, string b)
    {
        // The word must be long; its mistyped form may have lost a letter ("Laura" / "Lura").
        if (Math.Max(a.Length, b.Length) < TypoMinimumLength || Math.Min(a.Length, b.Length) < TypoMinimumLength - 1 || IsGenderPair(a, b))
        {
            return false;
        }

        if (Edit(a, b) != EditKind.None)
        {
            return true;
        }

        // Jaro-Winkler forgives a longer ending ("Espino" / "Espinosa"), which is another name, not a typo. A fixed
        // argument order keeps the verdict symmetric whatever the matching order inside Jaro does.
        return Math.Abs(a.Length - b.Length) <= 1 && (string.CompareOrdinal(a, b) < 0 ? JaroWinkler(a, b) : JaroWinkler(b, a)) >= JaroWinklerThreshold;
    }

    /// <summary>The single edit that turns <paramref name="a"/> into <paramref name="b"/>, or None when they differ by more (or not at all).</summary>
    public static EditKind Edit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var second = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i])
                {
                    continue;
                }

                if (first < 0)
                {
                    first = i;
                }
                else if (second < 0)
                {
                    second = i;
                }
                else
                {
                    return EditKind.None;
                }
            }

            if (first < 0)
            {
                return EditKind.None;
            }

            if (second < 0)
            {
                return EditKind.Substitution;
            }

            return second == first + 1 && a[first] == b[second] && a[second] == b[first] ? EditKind.Transposition : EditKind.None;
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return EditKind.None;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        var skipped = false;
        for (int i = 0, j = 0; j < shorter.Length; i++)
        {
            if (longer[i] == shorter[j])
            {
                j++;
            }
            else if (skipped)
            {
                return EditKind.None;
            }
            else
            {
                skipped = true;
            }
        }

        return EditKind.InsertionOrDeletion;
    }

    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> matchedA = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            transpositions += a[i] != b[k] ? 1 : 0;
            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        // The Winkler bonus for a shared beginning only applies to strings that are already alike.
        return jaro > 0.7 ? jaro + (prefix * 0.1 * (1 - jaro)) : jaro;
    }

    // Spanish marks gender in the last letter: "Mario"/"María", "El Flaco"/"La Flaca" are different people, not typos.
    private static bool IsGenderPair(string a, string b) =>
        a.Length == b.Length && a[^1] != b[^1] && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1)) && a[^1] is 'a' or 'o' && b[^1] is 'a' or 'o';
}
