using Bogus;
using Enlace.Core.Identity;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// The words the synthetic world is made of: Spanish given names and surnames and town names from Bogus (Spain and
/// Mexico locales), and hand lists of nicknames, institution subjects and gang words as they appear in reports.
/// </summary>
internal sealed class NamePools
{
    public NamePools(int seed)
    {
        Randomizer.Seed = new Random(seed);
        var fakers = new[] { new Faker("es"), new Faker("es_MX") };
        var given = new HashSet<string>();
        var surnames = new HashSet<string>();
        var towns = new HashSet<string>();
        foreach (var faker in fakers)
        {
            for (var i = 0; i < 30_000; i++)
            {
                // Bogus gives some compound given names ("María Luisa"); the world composes its own.
                foreach (var part in faker.Name.FirstName().Split(' '))
                {
                    given.Add(part);
                }

                var surname = faker.Name.LastName();
                if (!surname.Contains(' ', StringComparison.Ordinal) && surname.Length >= 3)
                {
                    surnames.Add(surname);
                }

                towns.Add(faker.Address.City());
            }
        }

        // Compound names split into parts leave particles behind ("María de los Ángeles"); they are not given names.
        Given = [.. given.Where(g => g.Length >= 3 && char.IsUpper(g[0]) && !NameForms.IsFunctionWord(NameForms.Normalize(g))).Order(StringComparer.Ordinal)];
        Surnames = [.. surnames.Order(StringComparer.Ordinal)];
        Towns = [.. towns.Order(StringComparer.Ordinal)];
    }

    public string[] Given { get; }

    public string[] Surnames { get; }

    public string[] Towns { get; }

    public static readonly string[] Nicknames =
    [
        "El Flaco", "La Flaca", "El Gato", "La Gata", "El Mono", "Chino", "La China", "Cachete", "El Gocho", "El Zurdo", "La Tía",
        "El Primo", "El Cojo", "El Pelón", "El Menor", "Caracas", "El Negro", "La Negra", "El Gordo", "El Loco", "El Viejo",
        "El Chamo", "El Paisa", "El Costeño", "El Indio", "El Mudo", "El Tuerto", "El Enano", "La Reina", "El Diablo", "Satanás",
        "El Profe", "El Doctor", "El Ingeniero", "El Patrón", "El Calvo", "El Rubio", "La Rubia", "El Mocho", "El Niño",
    ];

    public static readonly (string Spanish, string English)[] Subjects =
    [
        ("Trata de Personas", "Human Trafficking"), ("Tráfico de Migrantes", "Migrant Smuggling"), ("Crimen Organizado", "Organised Crime"),
        ("Lavado de Activos", "Money Laundering"), ("Narcóticos", "Narcotics"), ("Investigación Criminal", "Criminal Investigation"),
        ("Inteligencia", "Intelligence"), ("Delitos Informáticos", "Cybercrime"), ("Secuestros", "Kidnapping"), ("Extorsión", "Extortion"),
        ("Robo de Vehículos", "Vehicle Theft"), ("Homicidios", "Homicide"), ("Fronteras", "Borders"), ("Terrorismo", "Terrorism"),
        ("Contrabando", "Contraband"), ("Tráfico de Armas", "Arms Trafficking"), ("Minería Ilegal", "Illegal Mining"),
    ];

    public static readonly string[] UnitTypes =
    [
        "Dirección contra", "División contra", "Unidad contra", "Brigada contra", "Fiscalía Especializada en", "Departamento de",
        "Jefatura de", "Comando contra", "Grupo Especial contra", "Área de", "Sección de", "Coordinación de",
    ];

    public static readonly string[] GangHeads = ["Los Lobos", "Los Tigres", "Los Halcones", "Los Pumas", "Los Cóndores", "Los Zorros", "Los Chacales", "Los Caimanes", "Los Toros", "Los Leones", "Las Panteras", "Los Gavilanes"];

    public static readonly string[] PlacePrefixes = ["San", "Santa", "Villa", "Puerto", "Cerro", "Valle de", "Río", "Nueva", "Alto", "Pampa de", "Laguna", "Playa", "Monte", "Cruz de", "Bahía de", "Loma de"];

    public static readonly string[] LegalForms = ["S.A.C.", "S.A.", "S.R.L.", "Ltda.", ""];

    public static readonly string[] Titles = ["Sr.", "Sra.", "coronel", "Colonel", "fiscal", "Dr."];
}
