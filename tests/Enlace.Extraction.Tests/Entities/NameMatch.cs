using System.Text;
using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Tests.Entities;

/// <summary>How the accuracy tests compare names: case, accents, punctuation and spacing do not count.</summary>
public static class NameMatch
{
    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in TextFold.Fold(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ' && c is ' ' or '-' or '\n')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    public static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    public static bool AnySame(IEnumerable<string> a, IEnumerable<string> b)
    {
        var set = a.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        return b.Any(n => set.Contains(Normalise(n)));
    }
}
