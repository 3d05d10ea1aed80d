using Bogus;
using Bogus.DataSets;

namespace Enlace.Benchmarks.Corpus;

/// <summary>Draws an <see cref="Incident"/> from a seeded <see cref="Faker"/>, so the same seed always yields the same event.</summary>
public static class IncidentFaker
{
    private static readonly DateTime FirstDay = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LastDay = new(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] GangNames = [.. Gazetteer.Gangs.Select(g => g.Name)];
    // Bogus walks the cumulative weights against a draw in [0, 1), so they must add up to 1.
    private static readonly float[] GangWeights = [.. Gazetteer.Gangs.Select(g => g.Weight / Gazetteer.Gangs.Sum(h => h.Weight))];

    public static Incident Create(Faker faker)
    {
        var random = faker.Random;
        var city = random.ArrayElement(Gazetteer.Cities);
        var district = random.ArrayElement(city.Districts);
        var kind = random.Enum<IncidentKind>();
        var gang = random.WeightedRandom(GangNames, GangWeights);
        var rival = random.WeightedRandom(GangNames, GangWeights);
        while (rival == gang)
        {
            rival = random.WeightedRandom(GangNames, GangWeights);
        }

        var victims = kind == IncidentKind.Rescue ? random.Int(3, 60) : random.Bool(0.2f) ? random.Int(2, 4) : 0;
        var detainees = Enumerable.Range(0, random.Int(1, 5)).Select(_ => Detainee(faker)).ToList();
        var operation = "Operación " + random.ArrayElement(Gazetteer.OperationNames) +
            (random.Bool(0.3f) ? " " + random.ArrayElement(["II", "III", "Sur", "Andina", "Norte"]) : "");
        return new Incident(
            kind,
            DateOnly.FromDateTime(faker.Date.Between(FirstDay, LastDay)),
            city,
            district,
            random.ArrayElements([.. city.Districts.Where(d => d != district)], 2),
            gang,
            rival,
            operation,
            random.ArrayElement(Gazetteer.Units),
            random.ArrayElement(Gazetteer.Crimes),
            random.ArrayElement(Gazetteer.Crimes),
            random.ArrayElement(Gazetteer.Drugs),
            detainees,
            Officer(faker),
            random.ArrayElement(Gazetteer.Ranks),
            random.Int(1, 9_999),
            random.Int(2, 12),
            kind == IncidentKind.Seizure ? Math.Round(random.Decimal(5, 2_500), 1) : Math.Round(random.Decimal(0.2m, 40), 1),
            random.Int(0, 14),
            random.Int(0, 600),
            random.Int(2, 40),
            random.Int(1, 400) * 250,
            random.Int(0, 6),
            victims,
            random.Int(0, Math.Min(victims, 9)),
            random.Bool(0.4f) ? random.Int(2, 7) : 0);
    }

    private static Person Officer(Faker faker)
    {
        var female = faker.Random.Bool(0.3f);
        return new Person(faker.Name.FirstName(female ? Name.Gender.Female : Name.Gender.Male), faker.Name.LastName(), female,
            faker.Random.Int(38, 60), null, faker.Random.ArrayElement(Gazetteer.Nationalities));
    }

    private static Person Detainee(Faker faker)
    {
        var random = faker.Random;
        var female = random.Bool(0.2f);

        // Most detainees have a common street name; one in twenty has a rare one, which makes it a selective search term.
        string? alias = random.Int(0, 9) switch
        {
            < 3 => null,
            _ when random.Int(0, 19) == 0 => random.ArrayElement(Gazetteer.RareAliases),
            _ => random.ArrayElement(female ? Gazetteer.FemaleAliases : Gazetteer.MaleAliases),
        };
        return new Person(faker.Name.FirstName(female ? Name.Gender.Female : Name.Gender.Male), faker.Name.LastName() + " " + faker.Name.LastName(),
            female, random.Int(17, 52), alias, random.ArrayElement(Gazetteer.Nationalities));
    }
}
