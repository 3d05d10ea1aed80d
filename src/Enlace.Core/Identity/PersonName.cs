namespace Enlace.Core.Identity;

/// <summary>
/// A person's name taken apart: given names and surnames (two in Spanish use). "SURNAMES, Given" is turned round; ranks
/// and titles ("Colonel", "fiscal") and particles ("de la") are dropped. A two-word name without a comma is ambiguous —
/// a given name and a surname, or two surnames — and is compared both ways. One word alone is a bare name or nickname.
/// </summary>
internal sealed class PersonName
{
    private PersonName(string[] given, string[] surnames, PersonNameShape shape)
    {
        Given = given;
        Surnames = surnames;
        Shape = shape;
        All = [.. given, .. surnames];
        Normalized = string.Join(' ', All);
        Sorted = All.Length < 2 ? All : [.. All.Order(StringComparer.Ordinal)];
    }

    public string[] Given { get; }

    public string[] Surnames { get; }

    public string[] All { get; }

    public PersonNameShape Shape { get; }

    public string Normalized { get; }

    /// <summary>All name parts in ordinal order, to compare names whatever order their parts come in.</summary>
    public string[] Sorted { get; }

    public static PersonName Parse(string raw)
    {
        var comma = raw.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var surnames = Words(raw[..comma]);
            var given = Words(raw[(comma + 1)..]);
            if (surnames.Count > 0 && given.Count > 0)
            {
                return new PersonName([.. given], [.. surnames], PersonNameShape.Full);
            }
        }

        var tokens = Words(raw);
        return tokens.Count switch
        {
            0 => new PersonName([], [], PersonNameShape.Empty),
            1 => new PersonName([], [.. tokens], PersonNameShape.Single),
            2 => new PersonName([tokens[0]], [tokens[1]], PersonNameShape.Ambiguous),
            _ => Split(tokens),
        };
    }

    private static PersonName Split(List<string> tokens)
    {
        var n = tokens.Count;

        // "Washington E. C. M.": surnames reduced to initials.
        if (tokens[n - 1].Length == 1 && tokens[n - 2].Length == 1)
        {
            return new PersonName([.. tokens[..(n - 2)]], [.. tokens[(n - 2)..]], PersonNameShape.Full);
        }

        // "José M. Rivas Oquendo", "Eleanor J. Whitfield": what follows the last middle initial is the surnames.
        for (var i = n - 2; i >= 1; i--)
        {
            if (tokens[i].Length == 1)
            {
                return new PersonName([.. tokens[..(i + 1)]], [.. tokens[(i + 1)..]], PersonNameShape.Full);
            }
        }

        return new PersonName([.. tokens[..(n - 2)]], [.. tokens[(n - 2)..]], PersonNameShape.Full);
    }

    private static List<string> Words(string part)
    {
        var tokens = NameForms.Tokenize(part, expandAbbreviations: false, dropLeadingArticle: false);
        // Particles go ("María de la Cruz"); single letters stay, as they are initials ("Washington E. C. M.").
        if (tokens.Any(t => t.Length == 1 || !FunctionWords.Contains(t)))
        {
            tokens.RemoveAll(t => t.Length > 1 && FunctionWords.Contains(t));
        }

        var titles = 0;
        while (titles < tokens.Count - 1 && PersonTitles.Contains(tokens[titles]))
        {
            titles++;
        }

        tokens.RemoveRange(0, titles);
        return tokens;
    }
}
