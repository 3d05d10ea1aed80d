using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// People: runs of capitalised words that look like a name (a known given name first, a middle initial, three or more
/// name-like words, a title before it, an alias after it), with Spanish double surnames, accents and hyphens, the
/// "SURNAMES, Given names" of police notes, bylines ("Por …", "By …") and signature lines followed by a title.
/// </summary>
public static class PersonFinder
{
    private static readonly WordList SpeechWords =
        ["said", "says", "told", "dijo", "afirmo", "senalo", "indico", "explico", "anadio", "agrego", "sostuvo", "according", "segun", "who", "quien"];

    public static List<Candidate> Find(EntityDocument doc, TokenClaims claims, string? masthead)
    {
        var found = new List<Candidate>();
        var i = 0;
        while (i < doc.Count)
        {
            if (!doc[i].IsCapitalised)
            {
                i++;
                continue;
            }

            if (SurnameFirst(doc, i) is { } listed)
            {
                found.Add(listed);
                i = listed.End;
                continue;
            }

            var end = NameRun.End(doc, i, Joiners.None);
            if (!OrganisationPatterns.IsAllCapitalsLine(doc, i) && Person(doc, claims, i, end, masthead) is { } person)
            {
                found.Add(person);
            }

            i = end;
        }

        return found;
    }

    /// <summary>"RIVAS OQUENDO, José Manuel" at the start of a line or list item: surnames in capitals, then given names.</summary>
    public static Candidate? SurnameFirst(EntityDocument doc, int first)
    {
        var atItem = doc[first].Is(TokenShape.LineStart) || first > 0 && doc.IsAny(first - 1, "-", "•", "*") && doc[first - 1].Is(TokenShape.LineStart);
        if (!atItem || !doc[first].IsAllCapitals)
        {
            return null;
        }

        var comma = first;
        while (comma < doc.Count && comma - first < 3 && doc[comma].IsAllCapitals && doc[comma].IsWord)
        {
            comma++;
        }

        if (comma == first || !doc.IsAny(comma, ",") || comma + 1 >= doc.Count || !doc.InLexicon(comma + 1, Lexicon.GivenName))
        {
            return null;
        }

        var end = NameRun.End(doc, comma + 1, Joiners.None);
        if (end - comma - 1 > 3 || doc[comma + 1].IsAllCapitals)
        {
            return null;
        }

        var name = doc.Surface(comma + 1, end) + " " + TitleCase.FromCapitals(doc.Surface(first, comma));
        return new Candidate(EntityTypes.Person, first, end, Priorities.StrongPerson, "person") { Name = name, Role = RoleReader.After(doc, end) };
    }

    private static Candidate? Person(EntityDocument doc, TokenClaims claims, int first, int end, string? masthead)
    {
        var titled = false;
        first = AfterLastTitle(doc, first, end, ref titled);
        while (first < end && Trim(doc, claims, first, end, ref titled))
        {
            first++;
        }

        while (end > first && (IsCommon(doc, end - 1) || doc[end - 1].IsPunctuation && !IsInitialDot(doc, end - 1)))
        {
            end--;
        }

        if (end < doc.Count && IsInitialDot(doc, end))
        {
            end++;
        }

        var words = 0;
        var places = 0;
        var initial = false;
        var nameLike = true;
        for (var k = first; k < end; k++)
        {
            if (!doc[k].IsWord)
            {
                continue;
            }

            words++;
            places += claims.IsLocation(k) ? 1 : 0;
            initial |= doc[k].Length == 1 && k > first;
            if (claims.IsOrganisation(k) || doc.InLexicon(k, Lexicon.OrganisationHeadFirst) || doc.InLexicon(k, Lexicon.OrganisationHeadLast)
                || doc.InLexicon(k, Lexicon.EventHead) || doc.InLexicon(k, "place-head"))
            {
                return null;
            }

            nameLike &= !IsCommon(doc, k) && !doc[k].IsAllCapitals && !IsDemonym(doc, k);
        }

        if (words == 0 || !nameLike)
        {
            return null;
        }

        var given = doc.InLexicon(first, Lexicon.GivenName);
        if (places * 2 >= words && !given || places == words)
        {
            return null;
        }

        var byline = first > 0 && doc[first - 1].Is(TokenShape.LineStart) && doc.IsAny(first - 1, "por", "by");
        var signature = doc[first].Is(TokenShape.LineStart) && doc.LineTokens(first).End == end && end + 1 < doc.Count
                        && (RoleReader.IsTitle(doc, end) || RoleReader.IsTitle(doc, end + 1) && doc.SameLine(end, end + 1));
        var aliased = end < doc.Count && (doc.IsAny(end, "alias") || doc.IsAny(end, ",") && doc.IsAny(end + 1, "alias", "known", "conocido", "conocida"));
        var strong = words >= 2 && (given || initial || titled || aliased || byline || signature) || words >= 3 && !doc.PhraseMatches(first).Any();
        var weak = !strong && (titled && words == 1 || words == 2 && SpeechNearby(doc, first, end));
        if (!strong && !weak)
        {
            return null;
        }

        var role = byline && masthead is not null ? (doc.IsSpanish ? $"periodista de {masthead}" : $"reporter, {masthead}")
            : signature ? SignatureRole(doc, end, masthead)
            : RoleReader.Role(doc, first, end);
        return new Candidate(EntityTypes.Person, first, end, strong ? Priorities.StrongPerson : Priorities.WeakPerson, "person")
        {
            Name = doc.Surface(first, end),
            Role = role,
        };
    }

    private static bool Trim(EntityDocument doc, TokenClaims claims, int k, int end, ref bool titled)
    {
        if (doc.InLexicon(k, Lexicon.GivenName) && !claims.IsOrganisation(k))
        {
            return false;
        }

        if (RoleReader.IsTitle(doc, k))
        {
            titled = true;
            return true;
        }

        return IsCommon(doc, k) || IsDemonym(doc, k) || claims.IsOrganisation(k) || claims.IsLocation(k) || doc[k].IsAllCapitals
               || doc[k].IsPunctuation || doc[k].Is(TokenShape.SentenceStart) && doc.WrittenInLowercase(k) && k + 1 < end;
    }

    // "Julio César Quispe Mamani": a month that is also a given name is a name when a capitalised word follows.
    private static bool IsCommon(EntityDocument doc, int k) =>
        doc.InLexicon(k, Lexicon.Common) || RoleReader.IsTitle(doc, k) || doc.InLexicon(k, Lexicon.Weekday)
        || doc.InLexicon(k, Lexicon.Month) && !(doc.InLexicon(k, Lexicon.GivenName) && doc.IsCapitalisedWord(k + 1) && doc[k + 1].IsWord);

    // "Assistant U.S. Attorney Carla Marie Ybarra", "Undersecretary of the Interior Felipe …", "Special Agent in Charge Linda K. Marsh":
    // the name starts after the title and its qualifiers.
    private static int AfterLastTitle(EntityDocument doc, int first, int end, ref bool titled)
    {
        var start = first;
        for (var k = first; k < end - 1; k++)
        {
            if (RoleReader.IsTitle(doc, k) && doc.IsCapitalisedWord(k + 1))
            {
                start = k + 1;
                titled = true;
            }
        }

        while (start < end - 1 && (doc.InLexicon(start, Lexicon.TitleModifier) || doc[start].IsPunctuation) && !doc.InLexicon(start, Lexicon.GivenName))
        {
            start++;
        }

        return start;
    }

    private static bool IsDemonym(EntityDocument doc, int k) => doc.DemonymOf(k) is not null;

    private static bool IsInitialDot(EntityDocument doc, int k) =>
        doc.IsAny(k, ".") && k > 0 && doc[k - 1].Length == 1 && doc[k - 1].IsCapitalised && doc[k - 1].End == doc[k].Start;

    private static bool SpeechNearby(EntityDocument doc, int first, int end) =>
        doc.IsAny(first - 1, SpeechWords) || doc.IsAny(end, SpeechWords) || doc.IsAny(end, ",") && doc.IsAny(end + 1, SpeechWords)
        || doc.IsAny(first - 2, SpeechWords) && doc.IsAny(first - 1, "to");

    private static string? SignatureRole(EntityDocument doc, int titleLine, string? masthead)
    {
        var (first, end) = doc.LineTokens(titleLine);
        var title = doc.Surface(first, end);
        return masthead is null ? title : $"{title}, {masthead}";
    }
}
