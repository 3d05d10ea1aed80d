using Enlace.Core.Entities;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// A place: a town, district or settlement ("San Martín de Alarcón", "Villa Rosales"), or a country with its Spanish
/// and English names. Mentions drop accents, change case, mistype a letter or add what kind of place it is.
/// </summary>
internal sealed record SyntheticPlace(string Name, string? English) : ISyntheticEntity
{
    private static readonly string[] Types = ["Distrito de {0}", "Provincia de {0}", "{0} District", "{0} Province", "Municipio de {0}"];

    public EntityKind Kind => EntityKind.Location;

    public int Prominence => English is null ? 1 : 15;

    public MentionText Mention(Random random)
    {
        var roll = random.Next(100);
        var name = roll switch
        {
            < 45 => Name,
            < 60 => Variation.WithoutAccents(Name),
            < 68 => Name.ToUpperInvariant(),
            < 76 => Name.ToLowerInvariant(),
            < 88 when English is not null => English,
            < 88 => Variation.Typo(Name, random),
            _ when English is not null => Name,
            _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(Types), Name),
        };

        return new MentionText(name, []);
    }

    public static SyntheticPlace Create(NamePools pools, Random random) => random.Next(5) switch
    {
        0 => new($"{random.Pick(NamePools.PlacePrefixes)} {random.Pick(pools.Given)}", null),
        1 => new($"San {random.Pick(pools.Given)} de {random.Pick(pools.Surnames)}", null),
        2 => new($"{random.Pick(NamePools.PlacePrefixes)} {random.Pick(pools.Surnames)}", null),
        3 => new($"{random.Pick(pools.Towns)} {random.Pick(pools.Surnames)}", null),
        _ => new($"{random.Pick(pools.Surnames)}", null),
    };

    public static readonly SyntheticPlace[] Countries =
    [
        new("Perú", "Peru"), new("Colombia", "Colombia"), new("Ecuador", "Ecuador"), new("Chile", "Chile"), new("Venezuela", "Venezuela"),
        new("Bolivia", "Bolivia"), new("Argentina", "Argentina"), new("Brasil", "Brazil"), new("México", "Mexico"),
        new("España", "Spain"), new("Estados Unidos", "United States"), new("República Dominicana", "Dominican Republic"), new("Panamá", "Panama"),
    ];
}
