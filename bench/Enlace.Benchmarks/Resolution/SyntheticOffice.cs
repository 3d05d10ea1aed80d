using Enlace.Core.Entities;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// A foreign agency's office in a city ("HSI Lima"), or the agency itself when the city is null. An office's mentions
/// include the mistyped acronym with its city ("HIS Lima"), which only the shared city makes a match.
/// </summary>
internal sealed record SyntheticOffice(string Acronym, string Name, string? City) : ISyntheticEntity
{
    private static readonly (string Acronym, string Name)[] Agencies =
    [
        ("HSI", "Homeland Security Investigations"), ("DEA", "Drug Enforcement Administration"), ("FBI", "Federal Bureau of Investigation"),
        ("ICE", "Immigration and Customs Enforcement"), ("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
        ("NCA", "National Crime Agency"), ("BKA", "Bundeskriminalamt"),
    ];

    private static readonly string[] Cities =
    [
        "Lima", "Bogotá", "Quito", "Santiago", "Caracas", "La Paz", "Buenos Aires", "Ciudad de México", "Madrid", "Miami", "Houston",
        "Guayaquil", "Medellín", "Cusco", "Arica", "Iquique", "Cartagena", "Barranquilla", "Tijuana", "Guadalajara", "Monterrey",
    ];

    public EntityKind Kind => EntityKind.Organization;

    public int Prominence => City is null ? 10 : 4;

    public MentionText Mention(Random random)
    {
        if (City is null)
        {
            return random.Next(3) switch
            {
                0 => new(Acronym, []),
                1 => new(Name, []),
                _ => new($"{Name} ({Acronym})", []),
            };
        }

        return random.Next(100) switch
        {
            < 30 => new($"{Acronym} {City}", []),
            < 40 => new($"{Mistyped} {City}", []),
            < 50 => new($"{Acronym} {Variation.WithoutAccents(City).ToUpperInvariant()}", []),
            < 65 => new($"oficina de {Acronym} en {City}", []),
            < 80 => new($"{Name} ({Acronym}) unit in {City}", []),
            < 90 => new($"{Acronym} office in {Variation.WithoutAccents(City)}", []),
            _ => new($"{Acronym} {City}", [Acronym]),
        };
    }

    private string Mistyped => $"{Acronym[0]}{Acronym[2]}{Acronym[1]}";

    public static IEnumerable<SyntheticOffice> All() =>
        Agencies.SelectMany(a => Cities.Select(c => new SyntheticOffice(a.Acronym, a.Name, c)).Prepend(new SyntheticOffice(a.Acronym, a.Name, null)));
}
