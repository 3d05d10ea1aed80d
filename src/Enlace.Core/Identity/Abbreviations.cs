using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>
/// Written short forms expanded to one spelling before names are compared: "U.S.", "US", "USA", "EE. UU." and
/// "Estados Unidos" all become "united states"; "Dept." becomes "department". Countries get a single spelling in
/// both languages so that a national qualifier compares across them.
/// </summary>
internal static class Abbreviations
{
    // Short forms that are also plausible acronyms ("NAC", "STA", "GOB") are expanded only when written with a dot.
    private static readonly (string[] Short, string[] Long, bool NeedsDot)[] Table =
    [
        (["united", "states", "of", "america"], ["united", "states"], false),
        (["estados", "unidos", "de", "america"], ["united", "states"], false),
        (["estados", "unidos"], ["united", "states"], false),
        (["u", "s", "a"], ["united", "states"], false),
        (["u", "s"], ["united", "states"], false),
        (["ee", "uu"], ["united", "states"], false),
        (["eeuu"], ["united", "states"], false),
        (["usa"], ["united", "states"], false),
        (["us"], ["united", "states"], false),
        (["reino", "unido"], ["united", "kingdom"], false),
        (["u", "k"], ["united", "kingdom"], false),
        (["uk"], ["united", "kingdom"], false),
        (["dept"], ["department"], true),
        (["depto"], ["departamento"], true),
        (["dpto"], ["departamento"], true),
        (["natl"], ["national"], true),
        (["nac"], ["nacional"], true),
        (["intl"], ["international"], true),
        (["gral"], ["general"], true),
        (["govt"], ["government"], true),
        (["gob"], ["gobierno"], true),
        (["asoc"], ["asociacion"], true),
        (["assn"], ["association"], true),
        (["sta"], ["santa"], true),
        (["sto"], ["santo"], true),
    ];

    private static readonly FrozenDictionary<string, (string[] Short, string[] Long, bool NeedsDot)[]> ByFirstToken =
        Table.GroupBy(e => e.Short[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Short.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Rewrites short forms; returns the same list when nothing applies. <paramref name="dotted"/> has bit i set when
    /// token i was written with a dot after it.
    /// </summary>
    public static List<string> Expand(List<string> tokens, ulong dotted)
    {
        List<string>? expanded = null;
        for (var i = 0; i < tokens.Count;)
        {
            var match = Match(tokens, i, i < 64 && (dotted & (1UL << i)) != 0);
            if (match is null)
            {
                expanded?.Add(tokens[i]);
                i++;
                continue;
            }

            expanded ??= tokens.GetRange(0, i);
            expanded.AddRange(match.Value.Long);
            i += match.Value.Short.Length;
        }

        return expanded ?? tokens;
    }

    private static (string[] Short, string[] Long, bool NeedsDot)? Match(List<string> tokens, int at, bool dotted)
    {
        if (!ByFirstToken.TryGetValue(tokens[at], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (at + candidate.Short.Length <= tokens.Count && (dotted || !candidate.NeedsDot) && Matches(tokens, at, candidate.Short))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Matches(List<string> tokens, int at, string[] form)
    {
        for (var k = 1; k < form.Length; k++)
        {
            if (tokens[at + k] != form[k])
            {
                return false;
            }
        }

        return true;
    }
}
