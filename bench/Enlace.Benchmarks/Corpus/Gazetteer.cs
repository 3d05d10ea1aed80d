namespace Enlace.Benchmarks.Corpus;

/// <summary>
/// The places, groups and words the synthetic reports are made of. Pool sizes and weights set how selective a search
/// term is: a national police force appears in most reports, one district of one city in about one in a hundred, a rare
/// alias in about one in a thousand. Long because it is data.
/// </summary>
public static class Gazetteer
{
    public static City[] Cities { get; } =
    [
        Venezuelan("Caracas", ["Petare", "Catia", "El Valle", "La Vega", "Antímano", "Coche", "San Agustín", "El Cementerio"]),
        Venezuelan("Maracaibo", ["San Francisco", "La Concepción", "Cacique Mara", "Los Haticos", "Sierra Maestra"]),
        Colombian("Bogotá", ["Ciudad Bolívar", "Kennedy", "Bosa", "Usme", "Suba", "Los Mártires", "Patio Bonito", "San Bernardo"]),
        Colombian("Medellín", ["Comuna 13", "Robledo", "Manrique", "Belén", "Castilla", "Aranjuez", "Villa Hermosa"]),
        Colombian("Cúcuta", ["La Parada", "Atalaya", "El Escobal", "Juan Atalaya", "Cúcuta Norte"]),
        Colombian("Cali", ["Siloé", "Aguablanca", "El Retiro", "Potrero Grande", "Marroquín"]),
        Peruvian("Lima", ["San Juan de Lurigancho", "San Martín de Porres", "Comas", "Villa El Salvador", "Ate", "La Victoria", "Los Olivos", "Puente Piedra"]),
        Peruvian("Callao", ["Bellavista", "Ventanilla", "Chucuito", "Carmen de la Legua", "Sarita Colonia"]),
        Peruvian("Trujillo", ["El Porvenir", "La Esperanza", "Florencia de Mora", "Alto Trujillo"]),
        Chilean("Santiago", ["Puente Alto", "La Pintana", "Estación Central", "Independencia", "Maipú", "La Legua", "Bajos de Mena"]),
        Chilean("Arica", ["Cerro Chuño", "Los Industriales", "Pampa Nueva", "Chinchorro"]),
        Chilean("Iquique", ["Alto Hospicio", "La Pampa", "El Boro", "Cavancha"]),
        Ecuadorian("Guayaquil", ["Guasmo Sur", "Bastión Popular", "Socio Vivienda", "Isla Trinitaria", "Monte Sinaí", "La Floresta"]),
        Ecuadorian("Quito", ["La Roldós", "Solanda", "Carapungo", "Chillogallo", "La Ecuatoriana"]),
        Ecuadorian("Esmeraldas", ["Las Palmas", "Isla Piedad", "Tiwintza", "Codesa"]),
        new("Ciudad de México", new("México", "Mexico"), ["Iztapalapa", "Tepito", "Gustavo A. Madero", "Tláhuac", "Iztacalco", "Doctores"],
            new("Secretaría de Seguridad Ciudadana", "Mexico City's Citizen Security Secretariat"),
            new("Fiscalía General de Justicia", "Mexico City's attorney general's office"), "pesos"),
        new("Rosario", new("Argentina", "Argentina"), ["Ludueña", "Empalme Graneros", "Las Flores", "Tablada", "Villa Gobernador Gálvez"],
            new("Policía Federal Argentina", "Argentina's Federal Police"), new("Fiscalía Federal", "federal prosecutors"), "pesos"),
        new("San Pedro Sula", new("Honduras", "Honduras"), ["Rivera Hernández", "Chamelecón", "Cofradía", "La Planeta"],
            new("Policía Nacional de Honduras", "Honduran National Police"), new("Ministerio Público", "the Public Ministry"), "lempiras"),
        new("Santa Cruz de la Sierra", new("Bolivia", "Bolivia"), ["Plan 3000", "Villa Primero de Mayo", "Los Lotes", "Pampa de la Isla"],
            new("Fuerza Especial de Lucha Contra el Narcotráfico", "Bolivia's anti-narcotics force FELCN"), new("Fiscalía Departamental", "departmental prosecutors"), "bolivianos"),
        new("San José", new("Costa Rica", "Costa Rica"), ["Pavas", "Hatillo", "Alajuelita", "León XIII", "La Carpio"],
            new("Organismo de Investigación Judicial", "Costa Rica's Judicial Investigation Agency (OIJ)"), new("Fiscalía Adjunta", "prosecutors"), "colones"),
    ];

    /// <summary>Real groups weighted by how often the regional press names them, then invented ones that turn up rarely.</summary>
    public static (string Name, float Weight)[] Gangs { get; } =
    [
        ("Tren de Aragua", 14), ("Los Gallegos", 6), ("Clan del Golfo", 8), ("Los Choneros", 7), ("Los Lobos", 6),
        ("Barrio 18", 5), ("Mara Salvatrucha", 6), ("Los Monos", 5), ("Tren del Llano", 3), ("Los Pulpos", 3),
        ("Los Tiguerones", 3), ("La Oficina de Envigado", 3), ("Los Shotas", 2), ("Los Espartanos", 2), ("Cártel de Sinaloa", 4),
        ("Cártel Jalisco Nueva Generación", 4), ("Los Pachenca", 2), ("Los Chone Killers", 2),
        ("Los Zamuros del Guaire", 1), ("La Banda del Chirajo", 1), ("Los Malandros de Catia", 1), ("Los Topos de Ventanilla", 1),
        ("Los Cuervos del Sur", 1), ("La Hermandad del Puerto", 1), ("Los Pumas de Comas", 1), ("Los Injertos de la Frontera", 1),
        ("Los Gatilleros de Siloé", 1), ("Los Caimanes del Guasmo", 1), ("Los Rápidos del Callao", 1), ("La Sombra Andina", 1),
        ("Los Compadres de Tablada", 1), ("Los Hijos del Cerro", 1), ("Los Halcones de Pavas", 0.5f), ("Los Piratas del Maule", 0.5f),
    ];

    public static string[] MaleAliases { get; } =
    [
        "El Flaco", "El Gordo", "El Negro", "El Mono", "El Chino", "El Loco", "El Gocho", "El Zarco", "El Catire", "El Cojo",
        "El Tuerto", "El Viejo", "El Chamo", "Cara Cortada", "El Pelón", "El Costeño", "El Paisa", "El Menor", "El Diablo",
        "El Gato", "El Conejo", "El Oso", "El Tigre", "El Toro", "El Gringo", "El Zurdo", "Pajarito", "El Chivo", "El Burro",
        "El Calvo", "El Profe", "El Primo", "El Enano", "El Brujo", "Niño Malo", "El Sapo",
    ];

    public static string[] FemaleAliases { get; } =
        ["La Flaca", "La Negra", "La Güera", "La Tía", "La Gata", "La Patrona", "La Chama", "La Mona", "La Reina", "La Morena"];

    /// <summary>Single words, each in roughly one report in a thousand: the "rare word" queries pick from these.</summary>
    public static string[] RareAliases { get; } =
    [
        "Guacharaco", "Mazamorra", "Chupeta", "Perolito", "Chiripa", "Cachimbo", "Garrapata", "Tamarindo", "Cucaracho",
        "Papelón", "Chigüire", "Matacán", "Bachaco", "Caraota", "Mondongo", "Cambur", "Maracucho", "Tostón", "Guarapo",
        "Pirulí", "Cachapa", "Totumo", "Cangrejo", "Cotufa", "Macundales", "Zancudo", "Chamuco", "Lagartija", "Piraña",
        "Mojarra", "Cabuya", "Chicharrón", "Tequeño", "Guayoyo", "Pabellón", "Cachete", "Chispita", "Garabato", "Turpial",
        "Morrocoy", "Zamurito", "Jején", "Cocuyo", "Papagayo", "Caimito", "Ñame", "Moñongo", "Ñengue", "Yaguareté", "Cunaguaro",
    ];

    public static Term[] Crimes { get; } =
    [
        new("extorsión", "extortion"), new("trata de personas", "human trafficking"), new("explotación sexual", "sexual exploitation"),
        new("secuestro", "kidnapping"), new("sicariato", "contract killing"), new("microtráfico", "street-level drug dealing"),
        new("lavado de activos", "money laundering"), new("minería ilegal", "illegal mining"), new("tráfico de armas", "arms trafficking"),
        new("robo agravado", "aggravated robbery"), new("préstamos gota a gota", "loan-sharking"), new("tráfico de migrantes", "migrant smuggling"),
    ];

    public static Term[] Drugs { get; } =
    [
        new("cocaína", "cocaine"), new("clorhidrato de cocaína", "cocaine hydrochloride"), new("marihuana", "marijuana"),
        new("pasta base", "cocaine paste"), new("tusi", "pink cocaine"), new("crack", "crack"), new("metanfetamina", "methamphetamine"),
    ];

    public static Term[] Units { get; } =
    [
        new("Dirección contra el Crimen Organizado", "organised crime directorate"),
        new("División de Investigación Criminal", "criminal investigation division"),
        new("Unidad Antisecuestro y Antiextorsión", "anti-kidnapping and anti-extortion unit"),
        new("Brigada Antinarcóticos", "anti-narcotics brigade"),
        new("Departamento de Trata de Personas", "human trafficking department"),
        new("Grupo de Operaciones Especiales", "special operations group"),
        new("Unidad de Inteligencia Policial", "police intelligence unit"),
    ];

    public static Term[] Ranks { get; } =
    [
        new("coronel", "Colonel"), new("general", "General"), new("comisario", "Commissioner"), new("mayor", "Major"),
        new("capitán", "Captain"), new("inspector", "Inspector"), new("fiscal", "prosecutor"),
    ];

    public static Term[] Nationalities { get; } =
    [
        new("venezolano", "Venezuelan"), new("colombiano", "Colombian"), new("peruano", "Peruvian"), new("chileno", "Chilean"),
        new("ecuatoriano", "Ecuadorian"), new("mexicano", "Mexican"), new("hondureño", "Honduran"), new("boliviano", "Bolivian"),
    ];

    public static string[] OperationNames { get; } =
    [
        "Tormenta", "Relámpago", "Cóndor", "Fénix", "Escudo", "Halcón", "Tenaza", "Muralla", "Aurora", "Caribe", "Titán",
        "Centinela", "Amanecer", "Trueno", "Eclipse", "Jaguar", "Tridente", "Frontera", "Libertad", "Cerrojo", "Orión", "Vendaval",
    ];

    private static City Venezuelan(string name, string[] districts) =>
        new(name, new("Venezuela", "Venezuela"), districts,
            new("Cuerpo de Investigaciones Científicas, Penales y Criminalísticas", "Venezuela's CICPC investigative police"),
            new("Ministerio Público", "the Public Ministry"), "dólares");

    private static City Colombian(string name, string[] districts) =>
        new(name, new("Colombia", "Colombia"), districts, new("Policía Nacional de Colombia", "Colombian National Police"),
            new("Fiscalía General de la Nación", "Colombia's attorney general's office"), "pesos");

    private static City Peruvian(string name, string[] districts) =>
        new(name, new("Perú", "Peru"), districts, new("Policía Nacional del Perú", "Peruvian National Police"),
            new("Fiscalía Provincial", "provincial prosecutors"), "soles");

    private static City Chilean(string name, string[] districts) =>
        new(name, new("Chile", "Chile"), districts, new("Policía de Investigaciones", "Chile's PDI investigative police"),
            new("Fiscalía Regional", "regional prosecutors"), "pesos");

    private static City Ecuadorian(string name, string[] districts) =>
        new(name, new("Ecuador", "Ecuador"), districts, new("Policía Nacional del Ecuador", "Ecuador's National Police"),
            new("Fiscalía General del Estado", "Ecuador's attorney general's office"), "dólares");
}
