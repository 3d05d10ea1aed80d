using Enlace.Extraction.Entities;
using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Attribution;

/// <summary>The ways a text credits a figure, tried in order from the most explicit.</summary>
public static class AttributionRules
{
    private static readonly Relations.PhraseList Cues = new((string[][])
    [
        ["according", "to"], ["segun"], ["de", "acuerdo", "con"], ["conforme", "a"], ["citing"], ["as", "reported", "by"], ["a", "juicio", "de"],
    ]);

    private static readonly WordList Accusing = ["atribuyendole", "atribuyen", "accuse", "accuses", "acusan"];

    private static readonly WordList DocumentNouns =
        ["figure", "figures", "statement", "release", "count", "tally", "report", "data", "cifra", "cifras", "balance", "comunicado", "informe", "parte", "nota"];

    private static readonly WordList ActionVerbs =
    [
        "rescued", "freed", "arrested", "detained", "seized", "deported", "expelled", "captured", "rescues", "arrests", "rescato", "rescataron",
        "libero", "liberaron", "detuvo", "detuvieron", "capturo", "capturaron", "incauto", "incautaron", "aprehendio", "aprehendieron",
        "expulso", "deporto", "decomiso", "decomisaron",
    ];

    private static readonly WordList Prepositions =
    [
        "de", "del", "of", "with", "con", "by", "por", "from", "al", "a", "to", "para", "for", "and", "y", "into", "through", "across", "toward",
        "towards", "hacia", "sobre", "on", "upon", "under", "bajo", "tras", "after", "before", "ante", "than", "como", "as", "against", "contra",
    ];

    // Past tenses that do not end in -ed / -ó: enough to see that a subject is followed by its verb.
    private static readonly WordList IrregularVerbs =
    [
        "found", "held", "took", "brought", "caught", "made", "gave", "put", "led", "sent", "got", "kept", "saw", "won", "has", "have", "had",
        "is", "was", "were", "will", "would", "detuvo", "detuvieron", "hizo", "hicieron", "puso", "pusieron", "tuvo", "dejo", "condene",
        "condena", "ha", "han", "habia", "habian", "logro", "fueron", "fue",
    ];

    private static readonly WordList Adverbs =
        ["yesterday", "today", "also", "ayer", "hoy", "tambien", "anoche", "recently", "later", "then", "luego", "finally", "finalmente", "already", "ya"];

    private static readonly WordList Skippable =
    [
        "also", "today", "yesterday", "later", "then", "earlier", "ayer", "hoy", "tambien", "ademas", "luego", "posteriormente", "cuando",
        "on", "el", "this", "week", "este", "esta", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes",
        "miercoles", "jueves", "viernes", "sabado", "domingo", "in", "en", "cambio", "however", "sin", "embargo", "por", "su", "parte", "siguen",
        "sigue", "have", "has", "had", "ha", "han", "habia", "had", "immediately", "initially", "inicialmente", "finally", "finalmente",
    ];

    /// <summary>"According to X, …", "…, según X", "De acuerdo con la acusación sustentada por el fiscal X, …".</summary>
    public static string? Cue(AttributionContext context, int first, int end, int figure)
    {
        var doc = context.Document;
        var best = (Distance: int.MaxValue, Source: (string?)null);
        for (var k = first; k < end; k++)
        {
            foreach (var cue in Cues.StartingWith(doc, k))
            {
                if (!Matches(doc, k, cue))
                {
                    continue;
                }

                var at = k + cue.Length;
                while (at < end && doc.InLexicon(at, "reporting-verb"))
                {
                    at++;
                }

                var source = SourceReader.After(context, at, Math.Min(end, at + 14));
                var distance = Math.Abs(k - figure);
                if (source is not null && distance < best.Distance)
                {
                    best = (distance, source);
                }
            }
        }

        return best.Source;
    }

    /// <summary>"…, police said", "X said (that) …", "dijo la abogada X", "Carabineros habló de 17 detenidos", quoted speech.</summary>
    public static string? Reporting(AttributionContext context, int first, int end, int figure)
    {
        var doc = context.Document;
        var verbs = new List<int>();
        for (var k = first; k < end; k++)
        {
            if (doc.InLexicon(k, "reporting-verb") && !doc[k].IsCapitalised && !IsNounUse(doc, k) || doc.IsAny(k, Accusing))
            {
                verbs.Add(k);
            }
        }

        // Nearest the figure first; of two as near, the earlier.
        verbs.Sort((a, b) => Math.Abs(a - figure) != Math.Abs(b - figure) ? Math.Abs(a - figure).CompareTo(Math.Abs(b - figure)) : a.CompareTo(b));
        foreach (var verb in verbs)
        {
            var source = Inverted(context, verb, end) ?? Subject(context, verb, first);
            if (source is not null)
            {
                return source;
            }
        }

        return null;
    }

    // "reports from the Peruvian National Police", "official estimates": the noun, not the verb.
    private static bool IsNounUse(EntityDocument doc, int k) =>
        doc.IsAny(k, "reports", "estimates", "claims", "states", "notes", "counts", "figures", "cites", "release", "released") && k > 0
        && (doc.IsAny(k - 1, SourceReader.Articles) || doc.IsAny(k - 1, Prepositions) || doc.IsAny(k - 1, "official", "oficial", "police", "court", "intelligence") || doc[k - 1].Is(TokenShape.Number));

    /// <summary>"PNP preliminary figure … was 28", "The U.S. Embassy release says": a body's own document.</summary>
    public static string? DocumentOf(AttributionContext context, int first, int end)
    {
        var doc = context.Document;
        foreach (var mention in context.Map.Between(first, end))
        {
            var k = mention.End;
            while (k < end && k - mention.End < 2 && doc.IsAny(k, "preliminary", "official", "oficial", "preliminar", "own"))
            {
                k++;
            }

            if (doc.IsAny(k, DocumentNouns) && MentionMap.IsOrganisation(mention))
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// "Peruvian police rescued 40 girls", "el Juzgado … decretó la prisión preventiva de 16 de los imputados", "Chile expelled
    /// 62 …": the subject of the verb that gives the figure. Personnel ("officers"), bodies inside another phrase ("agentes de la
    /// Dirtrap"), names used as modifiers ("400 PNP officers") and joint subjects ("X, together with Y,") credit no one.
    /// </summary>
    public static string? Actor(AttributionContext context, int first, int figure)
    {
        var doc = context.Document;
        for (var k = figure - 1; k >= first; k--)
        {
            var mention = context.Map.At(k);
            if (mention is not null && mention.First < first)
            {
                break;
            }

            int start, end;
            if (mention is not null)
            {
                (start, end) = (mention.First, mention.End);
            }
            else if (IsKindNoun(doc, k))
            {
                (start, end) = (k, k + 1);
            }
            else
            {
                continue;
            }

            k = start;
            if (!IsSubject(doc, start, end, figure, mention))
            {
                continue;
            }

            return mention is not null ? mention.Entity.Name : SourceReader.After(context, start, end);
        }

        return null;
    }

    private static bool IsKindNoun(EntityDocument doc, int k) =>
        doc.IsAny(k, "police", "policia", "prosecutors", "court", "tribunal", "colegiado", "juzgado", "fiscalia") && !(doc[k].IsCapitalised && !doc[k].Is(TokenShape.SentenceStart) && doc.IsCapitalisedWord(k + 1));

    private static bool IsSubject(EntityDocument doc, int start, int end, int figure, Mention? mention)
    {
        // A dateline ("Lima, 15 de marzo de 2025.–") or a place after a preposition is no subject.
        if (mention is not null && mention.Entity.Type == EntityTypes.Location && (doc[start].Is(TokenShape.LineStart) || !IsCountry(mention.Entity)))
        {
            return false;
        }

        if (mention is not null && mention.Entity.Type == EntityTypes.Location && doc.DemonymOf(start) is not null)
        {
            return false;
        }

        // "agentes de la Dirtrap", "integrantes de la banda El Tren del Llano", "officers of the PNP", "a «El Tren del Norte»".
        var before = start - 1;
        while (before >= 0 && (doc.IsAny(before, SourceReader.Articles) || doc.IsAny(before, Relations.GangSet.GroupNouns) || doc.IsAny(before, Modifiers)
                               || NameRun.IsInitialStop(doc, before) || doc.IsAny(before, "«", "\"", "“") || doc.DemonymOf(before) is not null))
        {
            before--;
        }

        if (before >= 0 && (doc.IsAny(before, Prepositions) || doc.IsAny(before, "(", "en", "in", "at", "desde", "entre", "among") || doc[before].Is(TokenShape.Number)))
        {
            return false;
        }

        // The subject is followed by its verb, perhaps past an aside (", a través de la Dirtrap … ,") or a complement
        // ("a collegiate criminal court of the Superior Court of Justice of Lima North today sentenced …").
        var after = Bracket(doc, end);
        if (doc.IsAny(after, "and", "y"))
        {
            return false;
        }

        if (doc.IsAny(after, "of", "de", "del", "in", "en") && !doc[after].IsCapitalised)
        {
            after = SkipComplement(doc, after);
        }

        if (doc.IsAny(after, ","))
        {
            var close = after + 1;
            while (close < figure && !doc.IsAny(close, ","))
            {
                close++;
            }

            after = close + 1;
        }

        while (after < figure && doc.IsAny(after, Adverbs))
        {
            after++;
        }

        // "X, together with Y, arrested …": nobody in particular.
        for (var k = end; k < Math.Min(after, figure); k++)
        {
            if (doc.IsAny(k, "together", "junto", "alongside"))
            {
                return false;
            }
        }

        // The figure is what that verb gives, not a later clause's ("procesó a veintisiete personas …, tras los nueve allanamientos").
        for (var k = after + 1; k < figure; k++)
        {
            if (doc.IsAny(k, ClauseOpeners) || doc.IsAny(k, ";"))
            {
                return false;
            }
        }

        return after < figure && figure - after <= MaxObjectDistance && IsVerb(doc, after);
    }

    private const int MaxObjectDistance = 32;

    private static readonly WordList ClauseOpeners =
        ["tras", "after", "despues", "while", "mientras", "cuando", "when", "where", "donde", "which", "who", "quien", "quienes", "whose", "cuyo", "cuya", "because", "porque"];

    private static readonly WordList Modifiers = ["criminal", "collegiate", "anti-narcotics", "federal", "us", "u", "s", "local", "provincial", "regional"];

    private static int SkipComplement(EntityDocument doc, int k)
    {
        k++;
        while (k < doc.Count && (doc.IsAny(k, SourceReader.Articles) || doc[k].IsCapitalised || NameRun.IsConnector(doc, k) && doc.IsCapitalisedWord(k + 1)
                                 || doc.IsAny(k, "'s", ".", "port", "city", "town", "puerto", "ciudad", "of", "de")))
        {
            k++;
        }

        return k;
    }

    private static bool IsVerb(EntityDocument doc, int k)
    {
        if (k >= doc.Count || !doc[k].IsWord || doc[k].IsCapitalised)
        {
            return false;
        }

        var word = doc.FoldedOf(k);
        var written = doc.TextOf(k);
        return word.EndsWith("ed") || doc.IsAny(k, IrregularVerbs) || written.EndsWith("ó") || word.EndsWith("aron") || word.EndsWith("ieron")
               || doc.InLexicon(k, "reporting-verb");
    }

    private static int Bracket(EntityDocument doc, int open)
    {
        if (!doc.IsAny(open, "("))
        {
            return open;
        }

        for (var k = open + 1; k < doc.Count && k < open + 10; k++)
        {
            if (doc.IsAny(k, ")"))
            {
                return k + 1;
            }
        }

        return open;
    }

    private static bool IsCountry(EntityMention place) => Gazetteer.Instance.CountryNamed(place.Name) is not null;

    // "informó el viceministro de Política Interior, Freddy …", "said HSI Lima Attaché Daniel R. Kessler".
    private static string? Inverted(AttributionContext context, int verb, int end)
    {
        var doc = context.Document;
        var k = verb + 1;
        while (k < end && k - verb <= 8 && (doc.IsAny(k, SourceReader.Articles) || doc.IsAny(k, Skippable) || RoleReader.IsTitle(doc, k)
                                             || doc.InLexicon(k, Lexicon.TitleModifier) || doc.IsAny(k, ",", ".") || MentionMap.IsLocation(context.Map.At(k))
                                             || doc[k].IsAllCapitals && context.Map.At(k) is { } acronym && acronym.End < end && MentionMap.IsPerson(context.Map.At(acronym.End + 1)))
               && !MentionMap.IsPerson(context.Map.At(k)) && !MentionMap.IsOrganisation(context.Map.At(k)))
        {
            k++;
        }

        if (context.Map.At(k) is { } mention && mention.First == k && mention.Entity.Type != EntityTypes.Location && k - verb <= 8)
        {
            // "…, señaló el general X" names the speaker; "said the suspects were detained" does not.
            return mention.Entity.Name;
        }

        var start = SourceReader.SkipArticles(doc, verb + 1);
        return start < end && start - verb <= 2 && (doc.IsAny(start, "police", "policia", "prosecutors", "fiscalia") || doc.IsAny(start, "he", "she"))
            ? SourceReader.After(context, start, Math.Min(end, start + 2))
            : null;
    }

    // "Red Migrante Chile, a coalition of migrant organisations, said …", "la Fiscalía, en cambio, elevó la cifra a …".
    private static string? Subject(AttributionContext context, int verb, int first)
    {
        var doc = context.Document;
        var k = verb;
        while (k - 1 >= first && doc.IsAny(k - 1, Skippable) && !doc[k - 1].IsCapitalised)
        {
            k--;
        }

        if (k - 1 >= first && doc.IsAny(k - 1, ","))
        {
            // An aside between subject and verb: ", en cambio,", ", a coalition of migrant organisations,".
            var open = k - 2;
            while (open >= first && k - open < 12 && !doc.IsAny(open, ","))
            {
                open--;
            }

            if (open >= first && doc.IsAny(open, ",") && open > first)
            {
                return SourceReader.Before(context, open, first, metonymy: true) ?? SourceReader.Before(context, k - 1, first, metonymy: true);
            }

            return SourceReader.Before(context, k - 1, first, metonymy: true);
        }

        return SourceReader.Before(context, k, first, metonymy: true);
    }

    /// <summary>"we have assisted more than 600 survivors", "hemos acompañado a más de 600", "our member organisations": the
    /// organisation whose statement this is, named at its head.</summary>
    public static string? FirstPerson(AttributionContext context, int first, int end)
    {
        var doc = context.Document;
        for (var k = first; k < end; k++)
        {
            var word = doc.FoldedOf(k);
            var we = doc.IsAny(k, "we", "nosotros")
                     || doc[k].IsWord && !doc[k].IsCapitalised && word.Length > 5 && (word.EndsWith("amos") || word.EndsWith("emos") || word.EndsWith("imos"));
            if (we)
            {
                return context.Issuer;
            }
        }

        return null;
    }

    private static bool Matches(EntityDocument doc, int k, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (!doc.Is(k + w, words[w]))
            {
                return false;
            }
        }

        return true;
    }
}
