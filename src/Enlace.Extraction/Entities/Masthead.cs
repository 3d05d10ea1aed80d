using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// The first line of a report often names who publishes it ("DIARIO EL FARO", "Pacific Coast Herald"): a short
/// capitalised line without a full stop, a date or a document-type heading is taken as an organisation.
/// </summary>
public static class Masthead
{
    private const int MaxTokens = 8;

    public static Candidate? Find(EntityDocument doc)
    {
        if (doc.Count == 0)
        {
            return null;
        }

        var (first, end) = doc.LineTokens(0);
        if (end - first > MaxTokens || end - first < 1)
        {
            return null;
        }

        var words = 0;
        for (var k = first; k < end; k++)
        {
            var token = doc[k];
            if (token.Is(TokenShape.Number) || doc.InLexicon(k, Lexicon.Month) || doc.IsAny(k, ":", "|", "?", "!", ",", ")") || doc.IsAny(k, ".") && !NameRun.IsInitialStop(doc, k))
            {
                return null;
            }

            if (token.IsWord)
            {
                if (!token.IsCapitalised && !NameRun.IsConnector(doc, k) && !doc.IsAny(k, "'s"))
                {
                    return null;
                }

                words++;
            }
        }

        var line = doc.Surface(first, end);
        if (words == 0 || doc.Lexicon.Contains(Lexicon.Heading, TextFold.Fold(line)))
        {
            return null;
        }

        return new Candidate(EntityTypes.Organization, first, end, Priorities.Masthead, "masthead") { Name = TitleCase.FromCapitals(line) };
    }
}
