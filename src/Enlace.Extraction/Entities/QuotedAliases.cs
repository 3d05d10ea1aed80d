using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Nicknames: 'alias «El Flaco»', 'known as "El Gato"', 'conocido como «el Mono»'. The nickname is another name of the
/// person named just before it; with nobody named there ('a Venezuelan woman known as "La Flaca"') it is a person itself.
/// </summary>
public static class QuotedAliases
{
    private const int MaxAliasTokens = 5;

    public static List<Candidate> Find(EntityDocument doc, TokenClaims claims)
    {
        var found = new List<Candidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            var after = CueEnd(doc, i);
            if (after < 0 || NamesAGroupOrEvent(doc, i))
            {
                continue;
            }

            var (first, end, quoted) = AliasName(doc, after);
            if (end <= first)
            {
                continue;
            }

            var owner = Owner(doc, claims, i);
            if (owner is not null)
            {
                found.Add(owner);
            }

            var alias = doc.Surface(first, end);
            var close = doc.IsAny(end, "»", "\"", "”", "'", "’") ? end + 1 : end;
            found.Add(new Candidate(EntityTypes.Person, first, end, Priorities.QuotedAlias, "alias")
            {
                Name = owner is null ? alias : null,
                Role = owner is null ? RoleReader.After(doc, close) : null,
                AliasOf = owner is null ? null : TextFold.Fold(owner.Name ?? doc.Surface(owner.First, owner.End)),
                Nested = !quoted,
            });
            i = end;
        }

        return found;
    }

    private static readonly WordList AliasCues = ["alias", "apodado", "apodada", "nicknamed", "alias:"];

    private static readonly WordList KnownAs = ["known", "conocido", "conocida", "identified", "identificado", "identificada"];

    private static int CueEnd(EntityDocument doc, int i)
    {
        if (doc.IsAny(i, AliasCues))
        {
            return i + 1;
        }

        if (doc.IsAny(i, KnownAs))
        {
            var k = i + 1;
            if (doc.IsAny(k, "only", "solo", "solamente"))
            {
                k++;
            }

            return doc.IsAny(k, "as", "como") ? k + 1 : -1;
        }

        return -1;
    }

    private static (int First, int End, bool Quoted) AliasName(EntityDocument doc, int at)
    {
        if (at >= doc.Count)
        {
            return (0, 0, false);
        }

        var quoted = doc.IsAny(at, "«", "\"", "“", "'", "‘");
        var first = quoted ? at + 1 : at;
        var start = first < doc.Count && doc.IsAny(first, "el", "la", "los", "las") && doc.IsCapitalisedWord(first + 1) ? first + 1 : first;
        if (start >= doc.Count || !doc[start].IsCapitalised || doc.InLexicon(start, Lexicon.Month))
        {
            return (0, 0, false);
        }

        var end = NameRun.End(doc, start, Joiners.Particles);
        var close = doc.IsAny(end, ",", ".") ? end + 1 : end;
        if (end - first > MaxAliasTokens || quoted && !doc.IsAny(close, "»", "\"", "”", "'", "’"))
        {
            return (0, 0, false);
        }

        return (first, end, quoted);
    }

    // "the criminal group known as El Tren del Norte", "the operation …, known as "Cadenas Rotas"": not a person's nickname.
    private static bool NamesAGroupOrEvent(EntityDocument doc, int cue)
    {
        var (first, _) = doc.SentenceTokens(cue);
        for (var k = cue - 1; k >= first && k >= cue - 12; k--)
        {
            if (doc.InLexicon(k, Lexicon.EventHead) || k >= cue - 3 && doc.IsAny(k, "group", "gang", "grupo", "banda", "organization", "organisation", "organizacion", "cell", "celula", "faction", "faccion", "network", "red", "structure", "estructura"))
            {
                return true;
            }
        }

        return false;
    }

    // The name just before the cue: "Jhonny Alexander Pérez Quintero, alias", "RIVAS OQUENDO, José Manuel, alias", or before an
    // apposition: "Édgar Rafael Montilla Briceño, a Venezuelan national known as".
    private static Candidate? Owner(EntityDocument doc, TokenClaims claims, int cue)
    {
        var apposed = cue - 1;
        while (apposed > 0 && cue - apposed <= 6 && !doc[apposed].IsCapitalised && !doc.IsAny(apposed, ",") || IsDemonym(doc, apposed) && cue - apposed <= 6)
        {
            apposed--;
        }

        if (apposed < cue - 1 && apposed > 0 && doc.IsAny(apposed, ",") && doc.IsAny(apposed + 1, "a", "an", "un", "una", "de") && doc.IsCapitalisedWord(apposed - 1))
        {
            cue = apposed + 1;
        }

        var last = doc.IsAny(cue - 1, ",") ? cue - 2 : cue - 1;
        if (last < 0 || !(doc[last].IsCapitalised || doc.IsAny(last, ".")) || !doc.SameLine(last, cue))
        {
            return null;
        }

        var first = last;
        while (first > 0 && (doc[first - 1].IsCapitalised || NameRun.IsInitialStop(doc, first - 1) || doc.IsAny(first - 1, ".") && doc[first - 2].Length == 1)
               && doc.SameLine(first - 1, last))
        {
            first--;
        }

        if (first >= 2 && doc.IsAny(first - 1, ",") && PersonFinder.SurnameFirst(doc, first - 2 - Math.Max(0, CapitalsBefore(doc, first - 2) - 1)) is { } listed)
        {
            return listed;
        }

        while (first < last && (doc.InLexicon(first, Lexicon.Common) || RoleReader.IsTitle(doc, first) || claims.IsOrganisation(first)
                                || doc.DemonymOf(first) is not null || doc[first].IsAllCapitals))
        {
            first++;
        }

        var end = last + 1;
        var words = Enumerable.Range(first, end - first).Count(k => doc[k].IsWord);
        if (words < 2 || claims.IsOrganisation(first) || claims.IsLocation(first) && !doc.InLexicon(first, Lexicon.GivenName))
        {
            return null;
        }

        return new Candidate(EntityTypes.Person, first, end, Priorities.StrongPerson, "person")
        {
            Name = doc.Surface(first, end),
            Role = RoleReader.Role(doc, first, end),
        };
    }

    private static bool IsDemonym(EntityDocument doc, int i) => i >= 0 && doc.DemonymOf(i) is not null;

    private static int CapitalsBefore(EntityDocument doc, int last)
    {
        var n = 0;
        while (last - n >= 0 && doc[last - n].IsAllCapitals && n < 3)
        {
            n++;
        }

        return n;
    }
}
