using Enlace.Core.Entities;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// A person with one or two given names, two surnames and perhaps a nickname. Mentions drop accents, shout, invert to
/// "SURNAMES, Given", mistype a letter, shorten the second given name to an initial or leave it out, add a title, or
/// give the surnames alone; half of them record the nickname as an alias.
/// </summary>
internal sealed record SyntheticPerson(string[] Given, string[] Surnames, string? Nickname) : ISyntheticEntity
{
    public EntityKind Kind => EntityKind.Person;

    public int Prominence => 1;

    public string Canonical => $"{string.Join(' ', Given)} {string.Join(' ', Surnames)}";

    public MentionText Mention(Random random)
    {
        var surnames = string.Join(' ', Surnames);
        var given = string.Join(' ', Given);
        var roll = random.Next(100);
        var name = roll switch
        {
            < 30 => Canonical,
            < 42 => Variation.WithoutAccents(Canonical),
            < 50 => Canonical.ToUpperInvariant(),
            < 60 => $"{surnames.ToUpperInvariant()}, {given}",
            < 72 => Variation.Typo(Canonical, random),
            < 80 when Given.Length > 1 => $"{Given[0]} {Given[1][0]}. {surnames}",
            < 88 when Given.Length > 1 => $"{Given[0]} {surnames}",
            < 93 => $"{random.Pick(NamePools.Titles)} {Canonical}",
            < 96 => $"{surnames} {given}",
            < 98 => surnames,
            _ => Canonical,
        };

        string[] aliases = Nickname is not null && random.Next(2) == 0 ? [Nickname] : [];
        return new MentionText(name, aliases);
    }

    public static SyntheticPerson Create(NamePools pools, Random random)
    {
        string[] given = random.Next(100) < 60 ? [random.Pick(pools.Given), random.Pick(pools.Given)] : [random.Pick(pools.Given)];
        string[] surnames = [random.Pick(pools.Surnames), random.Pick(pools.Surnames)];
        var nickname = random.Next(100) < 30 ? random.Pick(NamePools.Nicknames) : null;
        return new SyntheticPerson(given, surnames, nickname);
    }
}
