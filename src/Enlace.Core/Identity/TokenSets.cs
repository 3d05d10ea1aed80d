namespace Enlace.Core.Identity;

/// <summary>Set questions on the small token arrays of a name, answered without allocating (the scoring loop runs them millions of times).</summary>
internal static class TokenSets
{
    public static bool SharesAny(string[] x, string[] y)
    {
        foreach (var item in x)
        {
            if (Array.IndexOf(y, item) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAll(string[] whole, string[] part)
    {
        foreach (var item in part)
        {
            if (Array.IndexOf(whole, item) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
