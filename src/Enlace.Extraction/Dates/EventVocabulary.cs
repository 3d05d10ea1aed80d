using System.Collections.Frozen;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Dates;

/// <summary>Words that tell what a clause is about: the operation itself, or a step that came after it.</summary>
internal static class EventVocabulary
{
    /// <summary>Words that name the operation itself: the raids, the operation, its taking place.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Operation { get; } = Set(OperationWords);

    /// <summary>The operation or what was done in it and to whom: arrests, rescues, the strike against the gang.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Action { get; } = Set(
        [.. OperationWords, "arrested", "detained", "rescued", "freed", "dismantled", "struck", "against", "seized", "busted", "efforts",
         "golpeó", "desarticuló", "desarticulada", "desarticulado", "desbarató", "rescató", "rescataron", "detuvo", "detuvieron",
         "capturó", "capturaron", "contra", "incautó", "irrumpieron"]);

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

    private static string[] OperationWords =>
    [
        "operation", "operations", "raid", "raids", "raided", "crackdown", "conducted", "executed", "stormed", "took",
        "operación", "operativo", "operativos", "allanamiento", "allanamientos", "allanó", "redada", "redadas", "ejecutó",
        "ejecutada", "ejecutado", "ejecutaron", "desarrollada", "desarrollado", "realizada", "realizado", "realizó", "empezó",
        "comenzó", "intervención",
    ];

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
