using System.Collections.Frozen;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Dates;

/// <summary>Words that tell what a clause is about: the operation itself, or a step that came after it.</summary>
internal static class EventVocabulary
{
    /// <summary>Raids, rescues, arrests, the strike against the gang.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Operation { get; } = Set(
        "operation", "operations", "raid", "raids", "raided", "crackdown", "arrested", "detained", "rescued", "freed",
        "dismantled", "struck", "against", "seized", "conducted", "executed", "busted", "stormed", "efforts",
        "operación", "operativo", "operativos", "allanamiento", "allanamientos", "allanó", "redada", "redadas", "golpeó",
        "desarticuló", "desarticulada", "desarticulado", "desbarató", "ejecutó", "ejecutada", "ejecutado", "ejecutaron",
        "desarrollada", "desarrollado", "realizada", "realizado", "realizó", "rescató", "rescataron", "detuvo", "detuvieron",
        "capturó", "capturaron", "empezó", "comenzó", "intervención", "contra", "incautó", "irrumpieron");

    /// <summary>Hearings, sentences, statements and visits: dated on their own day, not the operation's.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LaterStep { get; } = Set(
        "hearing", "court", "judge", "sentenced", "charged", "indicted", "appear", "appeared", "statement", "release",
        "announced", "said", "stated", "told", "reported", "published", "issued", "visited", "ordered", "extradition",
        "formalizó", "formalización", "audiencia", "juez", "jueza", "tribunal", "juzgado", "condenó", "sentenció", "imputó",
        "acusó", "compareció", "declaró", "informó", "señaló", "dijo", "anunció", "difundió", "publicó", "comunicado",
        "visitó", "ordenó", "habló");

    /// <summary>Whether a word of <paramref name="words"/> occurs in <paramref name="within"/>, outside <paramref name="except"/>.</summary>
    public static bool Mentions(string text, TextSpan within, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, TextSpan except)
    {
        for (var i = within.Start; i < within.End;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < within.End && char.IsLetter(text[i]))
            {
                i++;
            }

            if ((start >= except.End || i <= except.Start) && words.Contains(text.AsSpan(start, i - start)))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
