using System.Globalization;
using System.Text;
using CsCheck;
using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

/// <summary>
/// Generators of names that exercise every rule: words of institutions, places, acronyms (right and mistyped), given
/// names and surnames in both languages, commas, parentheses, initials, titles and short forms.
/// </summary>
internal static class NameGen
{
    private static readonly string[] Words =
    [
        "Policía", "Nacional", "del", "Perú", "Peruvian", "National", "Police", "PNP", "(PNP)", "HSI", "HIS", "(HSI)", "Lima", "Bogotá",
        "Homeland", "Security", "Investigations", "Dirección", "contra", "la", "Trata", "de", "Personas", "Tren", "Aragua", "Aragau",
        "Norte", "Llano", "Embassy", "of", "the", "U.S.", "EE. UU.", "Estados", "Unidos", "Ministerio", "Público", "Fiscalía", "unit",
        "in", "office", "Colombia", "Chile", "Santiago", "Cusco", "S.A.C.", "Los", "Gallegos", "José", "Manuel", "M.", "Rosa", "Elvira",
        "Jhonny", "Jhony", "Rivas", "Oquendo", "Huamán", "Quispe", "Pérez", "Perez", "Quintero", "Colonel", "El", "Flaco", "Flaca",
        "Mario", "María", "E.", "C.", ",", "Cartagena", "Indias", "Province", "Provincia", "Región", "Ñuñoa", "Peña", "Ávila", "-", "'s",
    ];

    private static readonly string[] AliasPool = ["PNP", "HSI", "El Flaco", "la Policía", "Peruvian police", "Rivas Oquendo", "Cachete", "Policía Nacional", "DCTP"];

    private static readonly EntityKind[] Kinds = [EntityKind.Organization, EntityKind.Person, EntityKind.Location, EntityKind.Event];

    public static readonly Gen<string> Name = Gen.OneOf(Words).Array[1, 6].Select(words => string.Join(' ', words).Replace(" ,", ",", StringComparison.Ordinal));

    public static readonly Gen<string[]> Aliases = Gen.OneOf(AliasPool).Array[0, 2];

    public static readonly Gen<EntityKind> Kind = Gen.OneOf(Kinds);

    public static readonly Gen<MentionRecord> Record = Gen.Select(Kind, Name, Aliases, (kind, name, aliases) => Mentions.Of(kind, name, aliases));

    /// <summary>A name and a second one made from it by a small change, so that the interesting rules fire often.</summary>
    public static readonly Gen<(string, string)> RelatedNames = Gen.Select(Name, Gen.Int[0, 4], Name).Select((name, change, other) => (name, change switch
    {
        0 => other,
        1 => name + " Lima",
        2 => string.Join(' ', name.Split(' ').Reverse()),
        3 => name.Length > 3 ? name.Remove(name.Length / 2, 1) : name,
        _ => StripAccents(name),
    }));

    public static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(c);
            }
        }

        return stripped.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string AlternateCase(string text) =>
        string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}
