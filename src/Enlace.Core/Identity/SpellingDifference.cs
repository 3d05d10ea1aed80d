namespace Enlace.Core.Identity;

/// <summary>How two names that normalise alike differ as written, so the reason can say so.</summary>
internal static class SpellingDifference
{
    public static MatchRule Of(string a, string b)
    {
        if (a == b)
        {
            return MatchRule.SameName;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return MatchRule.SameNameApartFromCase;
        }

        return a.Length == b.Length && FoldsAlike(a, b) ? MatchRule.SameNameApartFromAccents : MatchRule.SameNameOnceNormalised;
    }

    private static bool FoldsAlike(string a, string b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && NameForms.Fold(a[i]) != NameForms.Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
