using Enlace.Core.Entities;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// An organisation known by one name: a police or prosecution unit of a town ("Brigada contra Secuestros de
/// Alcobendas"), a gang ("Los Lobos del Estero"), a company ("Transportes Rivas S.A.C."). Units are also mentioned
/// by their acronym when it is unique in the world (the world drops the others).
/// </summary>
internal sealed record SyntheticOrganisation(string Name, string? Acronym, string? LegalForm) : ISyntheticEntity
{
    public EntityKind Kind => EntityKind.Organization;

    public int Prominence => 1;

    public MentionText Mention(Random random)
    {
        var full = LegalForm is { Length: > 0 } && random.Next(2) == 0 ? $"{Name} {LegalForm}" : Name;
        return random.Next(100) switch
        {
            < 35 => new(full, []),
            < 50 => new(Variation.WithoutAccents(full), []),
            < 58 => new(full.ToUpperInvariant(), []),
            < 63 => new($"la {full}", []),
            < 75 => new(Variation.Typo(Name, random), []),
            < 85 when Acronym is not null => new(Acronym, []),
            < 95 when Acronym is not null => new($"{Name} ({Acronym})", []),
            _ when Acronym is not null => new(Name, [Acronym]),
            _ => new(full, []),
        };
    }

    public static SyntheticOrganisation Create(NamePools pools, Random random) => random.Next(10) switch
    {
        < 4 => Unit(pools, random),
        < 7 => Gang(pools, random),
        _ => new($"{random.Pick(["Transportes", "Inversiones", "Comercial", "Importadora", "Agencia", "Servicios", "Constructora", "Grupo"])} {random.Pick(pools.Surnames)} {random.Pick(pools.Surnames)}", null, random.Pick(NamePools.LegalForms)),
    };

    private static SyntheticOrganisation Unit(NamePools pools, Random random)
    {
        var (subject, _) = random.Pick(NamePools.Subjects);
        var name = $"{random.Pick(NamePools.UnitTypes)} {subject} de {random.Pick(pools.Towns)}";
        return new(name, Enlace.Core.Identity.NameForms.Acronym(name), null);
    }

    private static SyntheticOrganisation Gang(NamePools pools, Random random) => random.Next(3) switch
    {
        0 => new($"{random.Pick(NamePools.GangHeads)} de {random.Pick(pools.Towns)}", null, null),
        1 => new($"Tren de {random.Pick(pools.Towns)}", null, null),
        _ => new($"Clan {random.Pick(pools.Surnames)} {random.Pick(pools.Surnames)}", null, null),
    };
}
