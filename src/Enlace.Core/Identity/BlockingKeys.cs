using Enlace.Core.Entities;

namespace Enlace.Core.Identity;

/// <summary>
/// The keys that put a mention in blocks with the mentions it might match. Every name and alias; the gazetteer key;
/// acronyms (and, with a city, the acronym with one letter left out, so "HIS Lima" meets "HSI Lima"); the words sorted
/// and the words sorted with each one left out (so one typo or a missing given name still meets), or with only the first
/// or last three letters of one long word kept; uncommon tokens;
/// for people the first three letters of both surnames, a given initial with each surname, and the sorted initials.
/// </summary>
internal static class BlockingKeys
{
    private const int ShortestToken = 3;
    private const int PrefixLength = 3;

    public static void Emit<TSink>(PreparedMention mention, ref TSink sink)
        where TSink : struct, IKeySink
    {
        Single(ref sink, 'A', mention.Normalized);
        foreach (var alias in mention.Aliases)
        {
            Single(ref sink, 'A', alias);
        }

        foreach (var key in mention.KnownKeys)
        {
            Single(ref sink, 'K', key);
        }

        switch (mention.Record.Kind)
        {
            case EntityKind.Organization:
                Organisation(mention, ref sink);
                break;
            case EntityKind.Person:
                Person(mention.Person!, ref sink);
                break;
            case EntityKind.Location:
                Place(mention.Place!, ref sink);
                break;
        }
    }

    private static void Organisation<TSink>(PreparedMention mention, ref TSink sink)
        where TSink : struct, IKeySink
    {
        var name = mention.Organisation!;
        WordKeys.Emit(name.Significant, ref sink, leaveOneOutFrom: 2);
        foreach (var token in name.Significant)
        {
            if (token.Length >= ShortestToken && !InstitutionWords.IsGeneric(token))
            {
                Single(ref sink, 'T', token);
            }
        }

        if (name.Own is { } own)
        {
            Acronym(own, name.Cities, ref sink);
        }

        foreach (var acronym in name.Acronyms)
        {
            Acronym(acronym, name.Cities, ref sink);
        }

        for (var i = 0; i < mention.Aliases.Length; i++)
        {
            if (!mention.AliasIsGeneric[i] && !mention.Aliases[i].Contains(' ', StringComparison.Ordinal))
            {
                Single(ref sink, 'C', mention.Aliases[i]);
            }
        }
    }

    private static void Acronym<TSink>(string acronym, string[] cities, ref TSink sink)
        where TSink : struct, IKeySink
    {
        Single(ref sink, 'C', acronym);
        if (acronym.Length is < 3 or > 6)
        {
            return;
        }

        // One letter left out: a substitution or transposition leaves a variant in common. Short variants are only
        // selective together with the city that a typo needs as support anyway.
        Span<char> variant = stackalloc char[acronym.Length - 1];
        for (var skip = 0; skip < acronym.Length; skip++)
        {
            acronym.AsSpan(0, skip).CopyTo(variant);
            acronym.AsSpan(skip + 1).CopyTo(variant[skip..]);
            foreach (var city in cities)
            {
                sink.Begin('D');
                sink.Append(variant);
                sink.Append(city);
                sink.End();
            }

            if (acronym.Length >= 4)
            {
                Single(ref sink, 'D', variant);
            }
        }
    }

    private static void Person<TSink>(PersonName name, ref TSink sink)
        where TSink : struct, IKeySink
    {
        WordKeys.Emit(name.All, ref sink, leaveOneOutFrom: 3);
        foreach (var token in name.All)
        {
            if (token.Length >= ShortestToken)
            {
                Single(ref sink, 'T', token);
            }
        }

        var surnames = name.Shape == PersonNameShape.Ambiguous ? name.All : name.Surnames;
        if (surnames.Length >= 2 && surnames[^2].Length >= PrefixLength && surnames[^1].Length >= PrefixLength)
        {
            sink.Begin('S');
            sink.Append(surnames[^2].AsSpan(0, PrefixLength));
            sink.Append(surnames[^1].AsSpan(0, PrefixLength));
            sink.End();
        }

        if (name.Given.Length > 0)
        {
            foreach (var surname in name.Surnames)
            {
                sink.Begin('G');
                sink.Append(name.Given[0].AsSpan(0, 1));
                sink.Append(surname);
                sink.End();
            }
        }

        if (name.All.Length >= 3)
        {
            Span<char> initials = stackalloc char[name.All.Length];
            for (var i = 0; i < initials.Length; i++)
            {
                initials[i] = name.All[i][0];
            }

            initials.Sort();
            Single(ref sink, 'I', initials);
        }
    }

    private static void Place<TSink>(PlaceName name, ref TSink sink)
        where TSink : struct, IKeySink
    {
        WordKeys.Emit(name.Core, ref sink, leaveOneOutFrom: 2);
        if (name.Country >= 0)
        {
            Single(ref sink, 'Q', Countries.Code(name.Country));
        }

        foreach (var token in name.Core)
        {
            if (token.Length >= ShortestToken)
            {
                Single(ref sink, 'T', token);
            }
        }

        // A one-word place with a typo shares its first or its last three letters with the right spelling.
        if (name.Core.Length == 1 && name.Core[0].Length >= TokenSimilarity.TypoMinimumLength)
        {
            Single(ref sink, 'P', name.Core[0].AsSpan(0, PrefixLength));
            Single(ref sink, 'X', name.Core[0].AsSpan(name.Core[0].Length - PrefixLength));
        }
    }

    private static void Single<TSink>(ref TSink sink, char tag, ReadOnlySpan<char> text)
        where TSink : struct, IKeySink
    {
        sink.Begin(tag);
        sink.Append(text);
        sink.End();
    }
}
