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

    private static readonly WordList Articles = ["el", "la", "los", "las", "the", "a", "an", "su", "sus", "its", "their", "his", "her", "un", "una"];

    private static readonly WordList Cues =
    [
        "como", "as", "considerado", "considerada", "considered", "sindica", "sindicado", "sindicada", "senalado", "senalada", "identified",
        "identificado", "identificada", "describe", "describes", "described", "descrito", "descrita",
    ];

    // A role word at j, or one behind a possessive ("the faction's second-in-command", "Rivas Oquendo's deputy"): where the phrase starts.
    private static int RoleAt(EntityDocument doc, int j)
    {
        if (IsRoleWord(doc, j) && !doc.IsAny(j, "member", "members", "miembros", "integrantes"))
        {
            return j;
        }

        for (var owner = 1; owner <= 3; owner++)
        {
            if (doc.IsAny(j + owner, "'s") && IsRoleWord(doc, j + owner + 1) && !doc.IsAny(j - 1, "'s"))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool AllLeadIns(EntityDocument doc, int start, int j)
    {
        for (var k = start; k < j; k++)
        {
            if (!doc.IsAny(k, LeadIns) && !doc.IsAny(k, ",") && doc.DemonymOf(k) is null && !doc.IsAny(k, "national", "nacional", "nacionalidad", "de"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OrganisationWithin(EntityDocument doc, int start)
    {
        for (var k = start; k < doc.Count && k < start + 10 && !IsBoundary(doc, k); k++)
        {
            if (doc[k].IsCapitalised && (doc.InLexicon(k, Lexicon.OrganisationHeadFirst) || doc.InLexicon(k, Lexicon.OrganisationHeadLast)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordList LeadIns =
    [
        "quien", "who", "whom", "que", "seria", "es", "era", "is", "was", "fue", "the", "el", "la", "a", "an", "un", "una", "su", "its", "presumed", "to", "be",
        "considerado", "considerada", "considered", "senalado", "senalada", "sindicado", "sindicada", "identified", "identificado", "identificada",
        "described", "descrito", "descrita", "como", "as", "presunto", "presunta", "supuesto", "supuesta", "alleged", "suspected", "in",
    ];

    private static readonly WordList ClauseEnds = ["quien", "quienes", "who", "whom", "que", "which", "y", "and", "cuando", "when", "where", "donde"];

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
        // "su supuesto cabecilla, el venezolano Jhony …", "the cell's leader, a Venezuelan national, …"
        var k0 = first;
        while (k0 > 0 && first - k0 < 4 && (doc.IsAny(k0 - 1, Articles) || doc.IsAny(k0 - 1, "ciudadano", "ciudadana", "national") || doc.DemonymOf(k0 - 1) is not null && !doc[k0 - 1].IsCapitalised))
        {
            k0--;
        }

        if (k0 > 0 && doc.IsAny(k0 - 1, ","))
        {
            return ApposedBefore(doc, k0 - 1);
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

        // From the first role word, with the hedges before it: "la encargada de negocios de la Embajada", "the faction's leader".
        var role = Enumerable.Range(start, comma - start).FirstOrDefault(k => IsRoleWord(doc, k), -1);
        if (role < 0)
        {
            return null;
        }

        if (IsRoleWord(doc, comma - 1) && !IsRoleWord(doc, start))
        {
            role = Math.Max(start, OwnerStart(doc, start, comma - 1));
        }

        while (role > start && doc.IsAny(role - 1, Hedges))
        {
            role--;
        }

        return doc.Surface(role, comma);
    }

    // "the coalition's spokeswoman": the owner of the role comes first.
    private static int OwnerStart(EntityDocument doc, int start, int roleWord)
    {
        var k = roleWord;
        while (k > start && !doc.IsAny(k - 1, Articles))
        {
            k--;
        }

        return k;
    }

    private static readonly WordList Hedges =
        ["presunto", "presunta", "supuesto", "supuesta", "alleged", "suspected", "presumed", "former", "ex", "nuevo", "nueva", "new", "actual"];

    private static readonly WordList Openers =
    [
        "entre", "among", "including", "incluido", "incluida", "incluidos", "is", "es", "fue", "was", "were", "son", "como", "as", "that", "que",
        "ellos", "ellas", "them", "those",
    ];

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

        // "…, of the Lima-based victims' support group Asociación Manos Libres"
        if (doc.IsAny(start, "of", "de", "del") && !doc[start].IsCapitalised && OrganisationWithin(doc, start + 1))
        {
            return Phrase(doc, start);
        }

        // "…, quien sería el encargado de la captación", "…, considerado el cabecilla de la organización", "…, whom they describe as
        // the head of Los Gallegos", "…, is considered by the Peruvian authorities to be the leader in Peru of …"
        var (_, sentenceEnd) = doc.SentenceTokens(k);
        var cued = false;
        for (var j = start; j < doc.Count && j < start + 18 && j < sentenceEnd; j++)
        {
            if (doc.IsAny(j, Cues))
            {
                cued = true;
                continue;
            }

            var role = RoleAt(doc, j);
            if (role >= 0 && (cued || AllLeadIns(doc, start, j)))
            {
                while (role > start && doc.IsAny(role - 1, Hedges))
                {
                    role--;
                }

                return Phrase(doc, role);
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
