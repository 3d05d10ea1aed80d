using Enlace.Core.Entities;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// A national institution known to the gazetteer, with a Spanish and an English name and an acronym: "Policía Nacional
/// de Colombia", "Colombian National Police", "PNC". Agencies are prominent: they get many mentions.
/// </summary>
internal sealed record SyntheticAgency(string Key, string Spanish, string English, string Acronym, bool AcronymIsUnique) : ISyntheticEntity
{
    private static readonly (string Spanish, string English)[] Types =
    [
        ("Policía Nacional de {0}", "{1} National Police"), ("Ministerio del Interior de {0}", "Ministry of the Interior of {2}"),
        ("Fiscalía General de {0}", "Attorney General's Office of {2}"), ("Fuerza Aérea de {0}", "{1} Air Force"),
        ("Armada de {0}", "{1} Navy"), ("Dirección de Migraciones de {0}", "{1} Immigration Directorate"),
        ("Servicio de Aduanas de {0}", "{1} Customs Service"), ("Corte Suprema de {0}", "Supreme Court of {2}"),
    ];

    private static readonly (string Code, string Spanish, string Demonym, string English)[] Nations =
    [
        ("pe", "Perú", "Peruvian", "Peru"), ("co", "Colombia", "Colombian", "Colombia"), ("ec", "Ecuador", "Ecuadorian", "Ecuador"),
        ("cl", "Chile", "Chilean", "Chile"), ("ve", "Venezuela", "Venezuelan", "Venezuela"), ("bo", "Bolivia", "Bolivian", "Bolivia"),
        ("ar", "Argentina", "Argentine", "Argentina"), ("br", "Brasil", "Brazilian", "Brazil"), ("mx", "México", "Mexican", "Mexico"),
        ("es", "España", "Spanish", "Spain"), ("do", "República Dominicana", "Dominican", "the Dominican Republic"),
        ("pa", "Panamá", "Panamanian", "Panama"), ("gt", "Guatemala", "Guatemalan", "Guatemala"), ("hn", "Honduras", "Honduran", "Honduras"),
    ];

    public EntityKind Kind => EntityKind.Organization;

    public int Prominence => 15;

    public MentionText Mention(Random random) => random.Next(100) switch
    {
        < 30 => new(Spanish, []),
        < 40 => new(Variation.WithoutAccents(Spanish), []),
        < 45 => new(Spanish.ToUpperInvariant(), []),
        < 65 => new(English, []),
        < 75 => new($"{Spanish} ({Acronym})", []),
        // "PNP" alone is Peru's police in a Peruvian report and Panama's in a Panamanian one; out of context, only a unique acronym names one body.
        < 85 when AcronymIsUnique => new(Acronym, []),
        < 85 => new(Spanish, []),
        < 92 => new(Spanish, [Acronym]),
        _ => new(Variation.Typo(Spanish, random), []),
    };

    public static IEnumerable<SyntheticAgency> All()
    {
        var all = Create().ToList();
        return all.Select(a => a with { AcronymIsUnique = all.Count(b => b.Acronym == a.Acronym) == 1 });
    }

    private static IEnumerable<SyntheticAgency> Create()
    {
        foreach (var (code, spanish, demonym, english) in Nations)
        {
            for (var t = 0; t < Types.Length; t++)
            {
                var es = string.Format(System.Globalization.CultureInfo.InvariantCulture, Types[t].Spanish, spanish);
                var en = string.Format(System.Globalization.CultureInfo.InvariantCulture, Types[t].English, spanish, demonym, english);
                yield return new SyntheticAgency($"{code}-{t}", es, en, Enlace.Core.Identity.NameForms.Acronym(es), false);
            }
        }
    }
}
