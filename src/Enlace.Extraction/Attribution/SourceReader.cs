using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Attribution;

/// <summary>
/// Reads who a stretch of text names as a source: an entity ("the Embassy of US in Peru"), a body named by its kind
/// ("police", "prosecutors", "the ministry"), a person by pronoun ("she said"), a body by what the text called it earlier
/// ("the coalition"), or a source that is no entity ("official reports", "fuentes policiales", "Peruvian authorities").
/// </summary>
public static class SourceReader
{
    public static readonly WordList Articles = ["a", "an", "the", "el", "la", "los", "las", "un", "una", "unos", "unas", "this", "esta", "este"];

    private static readonly WordList SourceNouns =
    [
        "source", "sources", "fuente", "fuentes", "report", "reports", "informe", "informes", "estimate", "estimates", "estimaciones",
        "record", "records", "registro", "registros", "balance", "parte", "authorities", "autoridades", "gobiernos", "governments",
        "fiscalias", "data", "datos", "figures", "cifras", "documents", "documentos", "statistics", "estadisticas", "officials",
        "funcionarios", "spokesman", "spokeswoman", "spokesperson", "portavoz", "vocero", "vocera", "indictment", "charges", "testimonios",
        "testimonies", "testimony", "witnesses", "testigos",
    ];

    private static readonly (string[] Words, string Kind)[] Kinds =
    [
        (["police", "policia", "policias", "carabineros"], "police"),
        (["prosecutors", "prosecutor", "prosecution", "fiscales", "fiscalia", "fiscal"], "prosecutor"),
        (["embassy", "embajada"], "embassy"),
        (["ministry", "ministerio"], "ministry"),
        (["court", "tribunal", "colegiado", "juzgado", "juez", "judge"], "court"),
    ];

    private static readonly WordList Described =
        ["coalition", "coalicion", "foundation", "fundacion", "association", "asociacion", "group", "grupo", "agency", "agencia", "organisation", "organization", "organizacion", "network", "red", "colectivo", "collective", "ngo", "ong"];


    /// <summary>The source named from token <paramref name="first"/> on, read up to <paramref name="limit"/>.</summary>
    public static string? After(AttributionContext context, int first, int limit)
    {
        var doc = context.Document;
        for (var k = first; k < limit && k < doc.Count && !IsBoundary(doc, k); k++)
        {
            if (context.Map.At(k) is { } mention && mention.Entity.Type != EntityTypes.Location)
            {
                return mention.Entity.Name;
            }
        }

        var start = SkipArticles(doc, first);
        return Phrase(context, start, limit) ?? Named(context, start, 1);
    }

    /// <summary>The source that ends just before <paramref name="end"/> (the subject of a reporting verb).</summary>
    public static string? Before(AttributionContext context, int end, int floor, bool metonymy)
    {
        var doc = context.Document;
        var map = context.Map;
        var k = end - 1;
        if (k >= floor && doc.IsAny(k, ")") && map.EndingBefore(end) is { } bracketed)
        {
            return bracketed.Entity.Name;
        }

        if (k >= floor && map.At(k) is { } mention && mention.End == end && (mention.Entity.Type != EntityTypes.Location || metonymy))
        {
            return mention.Entity.Name;
        }

        var nounStart = k;
        while (nounStart > floor && !IsBoundary(doc, nounStart - 1) && !doc.IsAny(nounStart - 1, Articles) && end - nounStart < 6)
        {
            nounStart--;
        }

        return Named(context, SkipArticles(doc, nounStart), end - SkipArticles(doc, nounStart)) ?? Phrase(context, SkipArticles(doc, nounStart), end);
    }

    // A body by its kind, a person by pronoun, a body by what the text called it ("the coalition").
    private static string? Named(AttributionContext context, int k, int span)
    {
        var doc = context.Document;
        for (var j = k; j < k + Math.Max(1, span) && j < doc.Count; j++)
        {
            foreach (var (words, kind) in Kinds)
            {
                if (doc.IsAny(j, words))
                {
                    return context.Body(kind, j);
                }
            }

            if (IsPersonalPronoun(doc, j))
            {
                return context.PersonBefore(j, 200);
            }

            if (doc.IsAny(j, Described))
            {
                return DescribedAs(context, j);
            }
        }

        return null;
    }

    // "Red Migrante Chile, a coalition of migrant organisations, … the coalition said": the body the text described so.
    private static string? DescribedAs(AttributionContext context, int noun)
    {
        var doc = context.Document;
        var word = doc.FoldedOf(noun).ToString();
        foreach (var mention in context.OrganisationsBefore(noun, 400))
        {
            var k = mention.End;
            if (doc.IsAny(k, ","))
            {
                for (var j = k + 1; j < k + 5 && j < doc.Count; j++)
                {
                    if (doc.Is(j, word))
                    {
                        return mention.Entity.Name;
                    }
                }
            }

            if (TextFold.Fold(mention.Entity.Name).Contains(word, StringComparison.Ordinal))
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    // "official reports", "fuentes policiales", "Peruvian authorities", "Gobiernos y fiscalías de la región": no entity, still a source.
    private static string? Phrase(AttributionContext context, int start, int limit)
    {
        var doc = context.Document;
        var end = start;
        var hasNoun = false;
        while (end < doc.Count && end < limit && end - start < 7 && !IsBoundary(doc, end))
        {
            if (doc.IsAny(end, "our", "nuestro", "nuestra", "nuestros", "nuestras"))
            {
                return context.Issuer;
            }

            hasNoun |= doc.IsAny(end, SourceNouns);
            end++;
            if (hasNoun && !doc.IsAny(end, "de", "of", "y", "and") && !NextIsModifier(doc, end))
            {
                break;
            }
        }

        return hasNoun && end > start ? doc.Surface(start, end) : null;
    }

    private static bool NextIsModifier(EntityDocument doc, int k) =>
        k < doc.Count && !doc[k].IsCapitalised && doc[k].IsWord && (doc.FoldedOf(k).EndsWith("al") || doc.FoldedOf(k).EndsWith("ales") || doc.FoldedOf(k).EndsWith("iales"));

    private static bool IsPersonalPronoun(EntityDocument doc, int j) =>
        doc.IsAny(j, "he", "she", "ella") || doc.TextOf(j) is "él" or "Él";

    public static int SkipArticles(EntityDocument doc, int k)
    {
        while (k < doc.Count && doc.IsAny(k, Articles))
        {
            k++;
        }

        return k;
    }

    public static bool IsBoundary(EntityDocument doc, int k) =>
        k >= doc.Count || doc.IsAny(k, ",", ".", ";", ":", "«", "»", "\"", "“", "”", "(", ")", "—", "–") && !NameRun.IsInitialStop(doc, k);
}
