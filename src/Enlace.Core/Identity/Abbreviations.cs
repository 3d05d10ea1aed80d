using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>
/// Written short forms expanded to one spelling before names are compared: "U.S.", "US", "USA", "EE. UU." and
/// "Estados Unidos" all become "united states"; "Dept." becomes "department". Countries get a single spelling in
/// both languages so that a national qualifier compares across them.
/// </summary>
internal static class Abbreviations
{
    private static readonly (string[] Short, string[] Long)[] Table =
    [
        (["united", "states", "of", "america"], ["united", "states"]),
        (["estados", "unidos", "de", "america"], ["united", "states"]),
        (["estados", "unidos"], ["united", "states"]),
        (["u", "s", "a"], ["united", "states"]),
        (["u", "s"], ["united", "states"]),
        (["ee", "uu"], ["united", "states"]),
        (["eeuu"], ["united", "states"]),
        (["usa"], ["united", "states"]),
        (["us"], ["united", "states"]),
        (["reino", "unido"], ["united", "kingdom"]),
        (["u", "k"], ["united", "kingdom"]),
        (["uk"], ["united", "kingdom"]),
        (["dept"], ["department"]),
        (["depto"], ["departamento"]),
        (["dpto"], ["departamento"]),
        (["natl"], ["national"]),
        (["nac"], ["nacional"]),
        (["intl"], ["international"]),
        (["gral"], ["general"]),
        (["govt"], ["government"]),
        (["gob"], ["gobierno"]),
        (["asoc"], ["asociacion"]),
        (["assn"], ["association"]),
        (["sta"], ["santa"]),
        (["sto"], ["santo"]),
    ];

    private static readonly FrozenDictionary<string, (string[] Short, string[] Long)[]> ByFirstToken =
        Table.GroupBy(e => e.Short[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Short.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Rewrites the tokens in place of their short forms; returns the same list when nothing applies.</summary>
    public static List<string> Expand(List<string> tokens)
    {
        List<string>? expanded = null;
        for (var i = 0; i < tokens.Count;)
        {
            var match = Match(tokens, i);
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

    private static (string[] Short, string[] Long)? Match(List<string> tokens, int at)
    {
        if (!ByFirstToken.TryGetValue(tokens[at], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (at + candidate.Short.Length <= tokens.Count && Matches(tokens, at, candidate.Short))
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
