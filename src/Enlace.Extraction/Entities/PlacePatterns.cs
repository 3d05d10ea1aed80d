using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Places named by the word that says what they are: "los distritos de Los Olivos, Comas y San Juan de Lurigancho",
/// "los sectores Isla Trinitaria, Guasmo Sur y Bastión Popular", "the Barrio Abajo neighborhood",
/// "Lima's Santa Anita, San Martin de Porres, and Puente Piedra districts", "la ciudad de Montero".
/// </summary>
public static class PlacePatterns
{
    private const int MaxItems = 8;
    private const int MaxNameTokens = 5;

    private static readonly WordList Kinds =
    [
        "distrito", "distritos", "district", "districts", "barrio", "barrios", "neighborhood", "neighbourhood", "neighborhoods",
        "neighbourhoods", "sector", "sectores", "poblacion", "comuna", "comunas", "urbanizacion", "municipio", "municipios",
        "localidad", "localidades", "provincia", "province", "estado", "state", "region", "regions", "departamento", "department",
        "ciudad", "city", "town", "pueblo", "village", "caserio", "corregimiento", "parroquia", "canton", "isla", "aeropuerto", "campamento",
        "localities", "locality", "municipality", "municipalities",
    ];

    private static readonly WordList Waters = ["bay", "bahia", "gulf", "golfo", "lake", "lago", "isla", "island"];

    private static readonly WordList Joins = [",", "y", "e", "and", "en", "in"];

    public static List<Candidate> Find(EntityDocument doc, IReadOnlyList<Candidate> gazetteer)
    {
        var places = gazetteer.Where(c => c.Type == EntityTypes.Location && !c.Contextual).ToList();
        var byFirst = places.GroupBy(c => c.First).ToDictionary(g => g.Key, g => g.Max(c => c.End));
        var byEnd = places.GroupBy(c => c.End).ToDictionary(g => g.Key, g => g.Min(c => c.First));
        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (doc.IsAny(i, Waters) && doc[i].IsCapitalised && doc.IsAny(i + 1, "of", "de", "del"))
            {
                var end = Name(doc, i + 2, byFirst);
                if (end > i + 2)
                {
                    found.Add(Place(doc, i, end));
                }

                continue;
            }

            // A capitalised kind is part of a name ("Región Policial Cusco", "Southern District of Texas"), not a pointer to one;
            // and a kind inside a gazetteer name ("El Oro province") has been read already.
            if (!doc.IsAny(i, Kinds) || doc[i].IsCapitalised || InsideKnown(places, i))
            {
                continue;
            }

            Following(doc, i, found, byFirst);
            Preceding(doc, i, found, byEnd);
        }

        return found;
    }

    private static void Following(EntityDocument doc, int kind, List<Candidate> found, Dictionary<int, int> known)
    {
        var k = kind + 1;
        var skipped = 0;
        while (k < doc.Count && skipped < 3 && !doc[k].IsCapitalised && (NameRun.IsConnector(doc, k) || IsAdjective(doc, k)) && !doc.IsAny(k, "y", "and", "en", "in"))
        {
            k++;
            skipped++;
        }

        for (var items = 0; items < MaxItems && k < doc.Count && doc.SameLine(kind, k); items++)
        {
            var end = Name(doc, k, known);
            if (end <= k)
            {
                return;
            }

            found.Add(Place(doc, k, end));
            k = end;
            var joined = false;
            var seat = false;
            while (k < doc.Count && (doc.IsAny(k, Joins) || doc.IsAny(k, "el", "la", "the")) && !doc[k].IsCapitalised)
            {
                joined = true;
                seat |= doc.IsAny(k, "en", "in");
                k++;
            }

            // "…, en Cartagena" goes on only to a place the gazetteer knows; "in Operation Cadenas Rotas" is not one.
            if (!joined || seat && !known.ContainsKey(k))
            {
                return;
            }
        }
    }

    // "Lima's Santa Anita, San Martin de Porres, and Puente Piedra districts", "the Barrio Abajo neighborhood".
    private static void Preceding(EntityDocument doc, int kind, List<Candidate> found, Dictionary<int, int> known)
    {
        var end = kind;
        for (var items = 0; items < MaxItems && end > 0 && doc[end - 1].IsCapitalised; items++)
        {
            if (known.TryGetValue(end, out var start))
            {
                found.Add(Place(doc, start, end));
                end = start;
                if (!SkipJoins(doc, ref end))
                {
                    return;
                }

                continue;
            }

            var first = end - 1;
            while (first > 0 && (doc[first - 1].IsCapitalised || NameRun.ParticleLength(doc, first - 1) > 0 && doc[first].IsCapitalised) && doc.SameLine(first - 1, end - 1))
            {
                first--;
            }

            while (first < end && (!doc[first].IsCapitalised || doc.InLexicon(first, Lexicon.Common) && first + 1 < end))
            {
                first++;
            }

            if (first >= end || end - first > MaxNameTokens || !IsName(doc, first, end))
            {
                return;
            }

            found.Add(Place(doc, first, end));
            end = first;
            if (!SkipJoins(doc, ref end))
            {
                return;
            }
        }
    }

    private static bool SkipJoins(EntityDocument doc, ref int end)
    {
        var before = end;
        while (end > 0 && doc.IsAny(end - 1, ",", "and", "y", "e") && !doc[end - 1].IsCapitalised)
        {
            end--;
        }

        return end != before && end > 0 && doc.TextOf(end - 1) is not ['\'' or '’', 's' or 'S'];
    }

    private static int Name(EntityDocument doc, int first, Dictionary<int, int> known)
    {
        if (first >= doc.Count || !doc[first].IsCapitalised)
        {
            return first;
        }

        if (known.TryGetValue(first, out var knownEnd))
        {
            return knownEnd;
        }

        // "Cerro Chuño de Arica": the name stops before "de" + a known place.
        var end = first + 1;
        while (end < doc.Count && end - first < MaxNameTokens)
        {
            if (doc[end].IsCapitalised && doc.SameLine(first, end))
            {
                end++;
                continue;
            }

            var particles = NameRun.ParticleLength(doc, end);
            if (particles > 0 && end + particles < doc.Count && doc[end + particles].IsCapitalised && !IsKnownPlace(doc, end + particles))
            {
                end += particles + 1;
                continue;
            }

            break;
        }

        return IsName(doc, first, end) ? end : first;
    }

    private static bool IsName(EntityDocument doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc[k].IsCapitalised && (doc.InLexicon(k, Lexicon.Month) || doc.InLexicon(k, Lexicon.Weekday) || doc.InLexicon(k, Lexicon.OrganisationHeadFirst) && k == first
                                         || doc.InLexicon(k, Lexicon.OrganisationHeadLast) || doc[k].IsAllCapitals || doc.InLexicon(k, Lexicon.EventHead)
                                         || doc.DemonymOf(k) is not null))
            {
                return false;
            }
        }

        return !(end - first == 1 && doc.InLexicon(first, Lexicon.Common));
    }

    private static bool InsideKnown(List<Candidate> places, int i) => places.Any(p => p.First <= i && i < p.End);

    private static bool IsKnownPlace(EntityDocument doc, int i) =>
        doc.PhraseMatches(i).Any(m => m.Name.Entry.Type == EntityTypes.Location);

    private static bool IsAdjective(EntityDocument doc, int i)
    {
        var word = doc.FoldedOf(i);
        return doc.DemonymOf(i) is not null || word.EndsWith("enos") || word.EndsWith("enas") || word.EndsWith("ense") || word.EndsWith("enses");
    }

    private static Candidate Place(EntityDocument doc, int first, int end) =>
        new(EntityTypes.Location, first, end, Priorities.PlacePattern, "place") { Name = doc.Surface(first, end) };
}
