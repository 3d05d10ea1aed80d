using Enlace.Extraction.Entities;

namespace Enlace.Extraction.Relations;

/// <summary>
/// part_of between bodies: "la PNP, a través de la Dirtrap" (Dirtrap part of PNP), "HSI, the investigative arm of ICE",
/// "que forma parte del ICE", "la Brigada … (Brico) de la PDI", and a letterhead whose second line names a unit of the
/// first ("POLICÍA NACIONAL DEL PERÚ / Región Policial Cusco").
/// </summary>
public static class PartOfRules
{
    private static readonly WordList UnitNouns =
        ["arm", "unit", "division", "branch", "component", "componente", "brazo", "unidad", "dependencia", "organo", "agency", "office", "oficina", "directorate"];

    private static readonly WordList Adjectives = ["principal", "main", "investigative", "investigativo", "investigativa", "operational", "operativo", "operativa", "specialised", "specialized", "especializada", "especializado", "federal", "national"];

    public static void Find(MentionMap map, RelationSink sink)
    {
        var doc = map.Document;
        foreach (var mention in map.Mentions.Where(m => MentionMap.IsOrganisation(m)))
        {
            if (IsOfficeHead(doc, mention.First))
            {
                continue;
            }

            var k = AfterBracket(doc, mention.End);
            if (doc.IsAny(k, ",") && Through(doc, k + 1) is var through && through > 0 && map.StartingAt(through) is { } unit && MentionMap.IsOrganisation(unit))
            {
                sink.Add(unit, "part_of", mention);
            }

            if (ParentAfter(map, k) is { } parent && parent.Entity != mention.Entity)
            {
                sink.Add(mention, "part_of", parent);
            }
        }

        Letterhead(map, sink);
    }

    /// <summary>The body stated as the parent of what precedes <paramref name="k"/>: ", the investigative arm of X", ", que forma parte del X", "de la X".</summary>
    public static Mention? ParentAfter(MentionMap map, int k)
    {
        var doc = map.Document;
        var start = k;
        if (doc.IsAny(k, ","))
        {
            k++;
        }

        if (doc.IsAny(k, "is", "es"))
        {
            k++;
        }

        if (doc.IsAny(k, "que", "which") && doc.IsAny(k + 1, "forma", "forms", "is", "es") && doc.IsAny(k + 2, "parte", "part"))
        {
            k += 3;
        }
        else if (doc.IsAny(k, "part", "parte") && doc.IsAny(k + 1, "of", "de", "del"))
        {
            k += 1;
        }
        else if (k > start)
        {
            while (doc.IsAny(k, "the", "el", "la", "a", "an", "un", "una") || doc.IsAny(k, Adjectives))
            {
                k++;
            }

            if (!doc.IsAny(k, UnitNouns))
            {
                return null;
            }

            k++;
        }

        if (!doc.IsAny(k, "of", "de", "del"))
        {
            return null;
        }

        var at = k + 1;
        while (doc.IsAny(at, "the", "la", "el", "los"))
        {
            at++;
        }

        return map.At(at) is { } parent && parent.First == at && MentionMap.IsOrganisation(parent) && !doc.IsAny(at - 1, "esta", "this") ? parent : null;
    }

    public static int AfterBracket(EntityDocument doc, int k)
    {
        if (!doc.IsAny(k, "("))
        {
            return k;
        }

        for (var j = k + 1; j < doc.Count && j < k + 10; j++)
        {
            if (doc.IsAny(j, ")"))
            {
                return j + 1;
            }
        }

        return k;
    }

    private static int Through(EntityDocument doc, int k)
    {
        if (doc.IsAny(k, "a") && doc.IsAny(k + 1, "traves") && doc.IsAny(k + 2, "de", "del"))
        {
            return k + 3;
        }

        return doc.IsAny(k, "through") ? k + 1 : -1;
    }

    private static bool IsOfficeHead(EntityDocument doc, int first) =>
        doc.IsAny(first - 1, "de", "of") && doc.IsAny(first - 2, "oficina", "office") || doc.IsAny(first - 1, "oficina", "office");

    // The letterhead of a press release: its first lines, before any blank line, each naming bodies and nothing else:
    // a body, then one of its units ("POLICÍA NACIONAL DEL PERÚ / Región Policial Cusco"), or "A – B" on one line.
    private static void Letterhead(MentionMap map, RelationSink sink)
    {
        var doc = map.Document;
        var lines = new List<List<Mention>>();
        var token = 0;
        while (token < doc.Count && lines.Count < 3)
        {
            var (first, end) = doc.LineTokens(token);
            if (lines.Count > 0 && doc.Text.AsSpan(doc[first - 1].End, doc[first].Start - doc[first - 1].End).Count('\n') > 1)
            {
                break;
            }

            var bodies = map.Between(first, end, Gazetteers.EntityTypes.Organization).ToList();
            if (bodies.Count == 0 || !OnlyNames(map, first, end))
            {
                break;
            }

            lines.Add(bodies);
            token = end;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Count == 2)
            {
                Rank(sink, lines[i][0], lines[i][1]);
            }

            if (i > 0)
            {
                Rank(sink, lines[i - 1][0], lines[i][0]);
            }
        }
    }

    private static bool OnlyNames(MentionMap map, int first, int end)
    {
        var doc = map.Document;
        for (var k = first; k < end; k++)
        {
            if (map.At(k) is null && doc[k].IsWord && !doc.IsAny(k, "y", "and"))
            {
                var open = k > first && doc.IsAny(k - 1, "(");
                if (!open)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void Rank(RelationSink sink, Mention above, Mention below)
    {
        if (above.Entity == below.Entity)
        {
            return;
        }

        if (Level(below.Entity.Name) < Level(above.Entity.Name))
        {
            sink.Add(above, "part_of", below);
        }
        else
        {
            sink.Add(below, "part_of", above);
        }
    }

    private static int Level(string name)
    {
        var folded = TextFold.Fold(name);
        if (folded.Contains("gobierno", StringComparison.Ordinal) || folded.Contains("government", StringComparison.Ordinal))
        {
            return 0;
        }

        if (folded.StartsWith("ministerio", StringComparison.Ordinal) && !folded.StartsWith("ministerio publico", StringComparison.Ordinal)
            || folded.StartsWith("ministry", StringComparison.Ordinal) || folded.Contains("department of", StringComparison.Ordinal))
        {
            return 1;
        }

        string[] national = ["fiscalia de", "fiscalia general", "ministerio publico", "public ministry", "policia nacional", "national police", "carabineros", "investigaciones de chile", "investigations police", "policia boliviana", "fuerza armada", "armed forces"];
        return national.Any(n => folded.Contains(n, StringComparison.Ordinal)) ? 2 : 3;
    }
}
