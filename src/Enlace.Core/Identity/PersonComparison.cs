namespace Enlace.Core.Identity;

/// <summary>
/// One reading of two person names compared part by part: each surname and given name equal, one typo apart, or an
/// initial of the other. The score starts just under certain and loses a little for each typo and for a given name
/// that is only an initial or missing; surnames that are missing or only initials keep the pair in review.
/// </summary>
internal static class PersonComparison
{
    private const double Agreeing = 0.97;
    private const double PerTypo = 0.02;
    private const double ForInitialsOrMissingGiven = 0.05;

    public static MatchScore Compare(PreparedMention a, PreparedMention b, string[] gx, string[] sx, string[] gy, string[] sy)
    {
        var typos = 0;
        string? typoLeft = null;
        string? typoRight = null;
        var surnameInitials = false;
        var common = Math.Min(sx.Length, sy.Length);
        if (common == 0)
        {
            return MatchScore.Nothing;
        }

        for (var i = 0; i < common; i++)
        {
            switch (Part(sx[i], sy[i]))
            {
                case PartMatch.Different:
                    return new MatchScore(0.05, MatchRule.DifferentSurnames, sx[i], sy[i]);
                case PartMatch.Typo:
                    typos++;
                    (typoLeft, typoRight) = (sx[i], sy[i]);
                    break;
                case PartMatch.Initial:
                    surnameInitials = true;
                    break;
            }
        }

        var surnameMissing = sx.Length != sy.Length;
        if (gx.Length == 0 || gy.Length == 0)
        {
            var partial = gx.Length == 0 ? a : b;
            // One surname in common and the rest unsaid is too little even for review.
            return new MatchScore(surnameMissing || surnameInitials ? 0.5 : 0.75 - (PerTypo * typos), MatchRule.SurnamesOnly, partial.Record.Name);
        }

        var fitted = false;
        var firstIsInitial = false;
        for (var i = 0; i < Math.Min(gx.Length, gy.Length); i++)
        {
            switch (Part(gx[i], gy[i]))
            {
                case PartMatch.Different:
                    return new MatchScore(0.1, MatchRule.DifferentGivenNames, gx[i], gy[i]);
                case PartMatch.Typo:
                    typos++;
                    (typoLeft, typoRight) = (gx[i], gy[i]);
                    break;
                case PartMatch.Initial:
                    fitted = true;
                    firstIsInitial |= i == 0;
                    break;
            }
        }

        fitted |= gx.Length != gy.Length;
        if (surnameMissing)
        {
            return new MatchScore(0.75, MatchRule.GivenNameAndFirstSurnameOnly, (sx.Length < sy.Length ? a : b).Record.Name);
        }

        var score = Agreeing - (PerTypo * typos) - (fitted ? ForInitialsOrMissingGiven : 0);
        if (surnameInitials)
        {
            return new MatchScore(Math.Min(score, 0.8), MatchRule.SurnameInitials, (sx.Any(s => s.Length == 1) ? a : b).Record.Name);
        }

        if (firstIsInitial)
        {
            return new MatchScore(Math.Min(score, 0.85), MatchRule.GivenNamesFit, a.Record.Name, b.Record.Name);
        }

        if (typos == 0 && !fitted)
        {
            return new MatchScore(Agreeing, MatchRule.SameNameOnceNormalised);
        }

        return fitted
            ? new MatchScore(score, MatchRule.GivenNamesFit, a.Record.Name, b.Record.Name)
            : new MatchScore(score, MatchRule.OneTypo, typoLeft, typoRight);
    }

    private static PartMatch Part(string x, string y)
    {
        if (x == y)
        {
            return PartMatch.Equal;
        }

        if ((x.Length == 1 && y[0] == x[0]) || (y.Length == 1 && x[0] == y[0]))
        {
            return PartMatch.Initial;
        }

        return TokenSimilarity.IsTypo(x, y) ? PartMatch.Typo : PartMatch.Different;
    }

    private enum PartMatch
    {
        Equal,
        Typo,
        Initial,
        Different,
    }
}
