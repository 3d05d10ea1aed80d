using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// A person's role as the text gives it: the title before the name ("United States Ambassador", "general PNP",
/// "Special Agent in Charge") and the apposition after it (", director de la Dirtrap", ", head of the PNP's
/// anti-trafficking division", "señalado como cabecilla de la organización"), joined by a comma.
/// </summary>
public static class RoleReader
{
    private const int MaxRoleTokens = 16;

    private static readonly string[] Articles = ["el", "la", "los", "las", "the", "a", "an", "su", "sus", "its", "their", "his", "her", "un", "una"];

    private static readonly string[] ClauseEnds = ["quien", "quienes", "who", "whom", "que", "which", "y", "and", "cuando", "when", "where", "donde"];

    public static string? Role(EntityDocument doc, int first, int end)
    {
        var before = Before(doc, first);
        var after = After(doc, end);
        return (before, after) switch
        {
            (null, null) => null,
            ({ } b, null) => b,
            (null, { } a) => a,
            ({ } b, { } a) => $"{b}, {a}",
        };
    }

    public static string? Before(EntityDocument doc, int first)
    {
        if (first > 0 && doc.IsAny(first - 1, ","))
        {
            return ApposedBefore(doc, first - 1);
        }

        var start = first;
        var hasTitle = false;
        for (var k = first - 1; k >= 0 && first - k <= MaxRoleTokens && doc.SameLine(k, first); k--)
        {
            var title = IsTitle(doc, k);
            var allowed = title || doc[k].IsCapitalised && !doc.InLexicon(k, Lexicon.Common) || NameRun.IsInitialStop(doc, k)
                          || !doc[k].IsCapitalised && (doc.InLexicon(k, Lexicon.TitleModifier) || doc.IsAny(k, "to"));
            if (!allowed)
            {
                break;
            }

            hasTitle |= title;
            start = k;
            if (doc[k].Is(TokenShape.SentenceStart))
            {
                break;
            }
        }

        while (start < first && !(IsTitle(doc, start) || doc[start].IsCapitalised && !doc.InLexicon(start, Lexicon.Common)))
        {
            start++;
        }

        return hasTitle && start < first ? doc.Surface(start, first) : null;
    }

    // "la encargada de negocios de la Embajada, Margaret L. Donnelly", "the faction's leader, José Manuel Rivas Oquendo".
    private static string? ApposedBefore(EntityDocument doc, int comma)
    {
        var start = comma;
        while (start > 0 && comma - start < MaxRoleTokens && !IsBoundary(doc, start - 1) && !doc.IsAny(start - 1, Openers))
        {
            start--;
        }

        while (start < comma && (doc.IsAny(start, Articles) || doc.IsAny(start, "'s")))
        {
            start++;
        }

        if (start >= comma)
        {
            return null;
        }

        var isRole = IsRoleWord(doc, comma - 1);
        for (var k = start; k < comma && k < start + 3 && !isRole; k++)
        {
            isRole = IsRoleWord(doc, k);
        }

        return isRole ? doc.Surface(start, comma) : null;
    }

    private static readonly string[] Openers =
        ["entre", "among", "including", "incluido", "incluida", "incluidos", "is", "es", "fue", "was", "were", "son", "como", "as", "that", "que"];

    private static bool IsRoleWord(EntityDocument doc, int i) => IsTitle(doc, i) || doc.InLexicon(i, "gang-role");

    public static string? After(EntityDocument doc, int end)
    {
        var k = SkipAlias(doc, end);
        if (k >= doc.Count || !doc.IsAny(k, ","))
        {
            return null;
        }

        var start = k + 1;
        while (start < doc.Count && doc.IsAny(start, Articles) && !doc[start].IsCapitalised)
        {
            start++;
        }

        if (start < doc.Count && (IsTitle(doc, start) || doc.InLexicon(start, "gang-role")))
        {
            return Phrase(doc, start);
        }

        // "…, señalado como cabecilla de la organización", "…, whom they describe as the head of Los Gallegos"
        for (var j = start; j < doc.Count && j < start + 8 && !IsBoundary(doc, j); j++)
        {
            if (doc.IsAny(j, "como", "as"))
            {
                var role = j + 1;
                while (role < doc.Count && doc.IsAny(role, Articles))
                {
                    role++;
                }

                return role < doc.Count && (IsTitle(doc, role) || doc.InLexicon(role, "gang-role")) ? Phrase(doc, role) : null;
            }
        }

        return null;
    }

    public static bool IsTitle(EntityDocument doc, int i) =>
        i >= 0 && i < doc.Count && doc[i].IsWord && doc.InLexicon(i, Lexicon.Title);

    private static string? Phrase(EntityDocument doc, int start)
    {
        var end = start;
        while (end < doc.Count && end - start < MaxRoleTokens && !IsBoundary(doc, end) && !(end > start && doc.IsAny(end, ClauseEnds)))
        {
            end++;
        }

        return end > start ? doc.Surface(start, end) : null;
    }

    private static bool IsBoundary(EntityDocument doc, int i) =>
        doc[i].IsPunctuation && !NameRun.IsInitialStop(doc, i) && !doc.IsAny(i, "-", "(", ")") || doc[i].Is(TokenShape.SentenceStart);

    // ", alias «El Flaco»" or ", known as "El Gato"" sits between a name and its apposition.
    private static int SkipAlias(EntityDocument doc, int k)
    {
        var cue = doc.IsAny(k, ",") ? k + 1 : k;
        if (!doc.IsAny(cue, "alias", "known", "conocido", "conocida", "apodado", "apodada"))
        {
            return k;
        }

        for (var j = cue + 1; j < doc.Count && j < cue + 10; j++)
        {
            if (doc.IsAny(j, "»", "”") || doc.IsAny(j, "\"") && j > cue + 2)
            {
                return j + 1;
            }
        }

        return k;
    }
}
