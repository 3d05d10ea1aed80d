namespace Enlace.Core.Access;

/// <summary>
/// Which people are victims whose identities are masked for users without need-to-know, and how they are masked. A
/// person is protected when any statement gives them a role that names a victim, a rescued person or a minor, or marks
/// them with the <see cref="ProtectedProperty"/>; an analyst can so protect anyone by adding one statement.
/// </summary>
public static class VictimIdentity
{
    /// <summary>A statement property whose mere presence on a person protects their identity.</summary>
    public const string ProtectedProperty = "protected_identity";

    /// <summary>Words of a role that make its holder a protected person, lower case and without accents.</summary>
    public static IReadOnlyList<string> RoleWords { get; } =
    [
        "victim", "victima", "survivor", "sobreviviente", "superviviente", "rescued", "rescatada", "rescatado",
        "minor", "menor", "child", "nina", "nino", "adolescente", "trafficked", "tratada", "witness", "testigo",
    ];

    /// <summary>What a protected person's name is replaced with: stable per entity, revealing nothing of the name.</summary>
    public static string Pseudonym(Guid entityId) => "protected person " + entityId.ToString("N")[^6..];

    /// <summary>Whether a role text ("víctima menor de edad", "rescued woman") protects its holder.</summary>
    public static bool IsProtectingRole(string role)
    {
        var folded = Fold(role);
        return RoleWords.Any(word => folded.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Contains(word));
    }

    /// <summary>
    /// Replaces every occurrence of each name with a run of the same length, so offsets into the text still hold. The
    /// match markers of search snippets (⟦ ⟧) are looked through, so a highlighted name is blotted too.
    /// </summary>
    public static string Redact(string text, IReadOnlyCollection<string> names)
    {
        if (names.Count == 0 || text.Length == 0)
        {
            return text;
        }

        // The text without markers, and where each of its characters sits in the original.
        var plain = new System.Text.StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('⟦' or '⟧'))
            {
                plain.Append(text[i]);
                origin.Add(i);
            }
        }

        var searched = plain.ToString();
        var chars = text.ToCharArray();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length >= 2))
        {
            var at = 0;
            while ((at = searched.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                for (var k = at; k < at + name.Length; k++)
                {
                    chars[origin[k]] = '█';
                }

                at += name.Length;
            }
        }

        return new string(chars);
    }

    private static readonly char[] WordBreaks = [' ', ',', ';', '.', '-', '/', '(', ')', '\t', '\n'];

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }
}
